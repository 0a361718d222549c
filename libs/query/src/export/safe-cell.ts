// Spreadsheet formula injection: a cell that starts with = + - @ (or a tab / carriage
// return, which some spreadsheets strip before reading the formula) is executed when the
// file is opened. Such text is prefixed with an apostrophe so it stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join('、') : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}
