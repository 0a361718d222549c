/** Trimmed, with empty text as null — the value convention of every reader. */
export function cellText(raw: string): string | null {
  const text = raw.trim();
  return text.length === 0 ? null : text;
}
