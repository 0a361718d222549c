// Text folding shared by the normalizers. NFKC turns full-width digits, letters,
// brackets and the ideographic space into ASCII; ASCII-only strings skip it.

const NON_ASCII = /[\u0080-\uffff]/;

export function foldWidth(input: string): string {
  return NON_ASCII.test(input) ? input.normalize('NFKC') : input;
}

/** NFKC, then every whitespace character removed. */
export function foldCompact(input: string): string {
  return foldWidth(input).replace(/\s+/g, '');
}

/** Accepts anything a caller might pass from untyped data; never throws. */
export function asText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input === null || input === undefined) return '';
  return String(input);
}
