/**
 * The columns to show for rejected rows: the mapped headers in the batch's order, then
 * any other header the rows carry (unmapped columns are kept in the raw record too).
 */
export function rawHeadersOf(mapping: Readonly<Record<string, string>>, rows: ReadonlyArray<{ raw: Readonly<Record<string, unknown>> }>): string[] {
  const headers = new Set(Object.keys(mapping));
  for (const row of rows) for (const header of Object.keys(row.raw)) headers.add(header);
  return [...headers];
}
