// Folding makes spellings that mean the same thing compare equal: `发放金额（元）`,
// `发放金额(元)` and ` 发放金额 ` are one header; `Ｍ`, `m` and ` M ` one enum value.

// Units and notes in brackets: (元), （万元）, [必填], 【选填】, 〔注〕.
const BRACKETED = /\([^()]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|<[^>]*>/g;
// Separators and the `*` that templates put on required columns.
const SEPARATORS = /[\s_\-.*:：、/\\|]+/g;

/** The key under which headers and header synonyms are compared. */
export function foldHeader(header: string): string {
  const text = header.normalize('NFKC').toLowerCase();
  const withoutNotes = text.replace(BRACKETED, '').replace(SEPARATORS, '');
  // A header that is nothing but a bracketed note still deserves a key.
  return withoutNotes === '' ? text.replace(SEPARATORS, '') : withoutNotes;
}

const WHITESPACE = /\s+/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** NFKC (full-width digits, letters and brackets to ASCII), skipped for ASCII text on hot paths. */
export function foldWidth(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKC') : text;
}

/** The key under which enum and boolean values are compared. */
export function foldValue(value: string): string {
  return foldWidth(value).replace(WHITESPACE, '').toLowerCase();
}
