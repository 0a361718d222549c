/**
 * The mapping override sent to `feeds.preview`/`feeds.submit` after the user changes one
 * header's field. It names every header: an omitted header would be mapped automatically
 * again, and `''` is how the server is told "不导入". A field belongs to one header only,
 * so choosing it for this header releases it from any other.
 */
export function remapHeader(headers: readonly string[], current: Readonly<Record<string, string>>, header: string, field: string): Record<string, string> {
  const next: Record<string, string> = {};
  for (const h of headers) next[h] = field !== '' && current[h] === field ? '' : (current[h] ?? '');
  next[header] = field;
  return next;
}

