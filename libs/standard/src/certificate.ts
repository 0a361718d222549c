import { fail, type Result } from './result';
import { asText } from './text/fold';

// Certificate numbers (licences, permits, property certificates …) have no common
// structure: normalize width and surrounding space so equal numbers compare equal.

export type CertificateNumberResult = Result<string>;

// Symbols that never appear in a certificate number but do appear when a cell was
// pasted with quotes or a formula.
const DISALLOWED_SYMBOLS = /["=<>{}|\\^`]/;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function normalizeCertificateNumber(input: string): CertificateNumberResult {
  const value = asText(input).normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (value === '') return fail('input.empty');
  if (hasControlCharacter(value) || DISALLOWED_SYMBOLS.test(value)) return fail('certificate.charset');
  return { ok: true, value };
}
