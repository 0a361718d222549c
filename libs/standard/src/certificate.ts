import { fail, type Result } from './result';
import { asText } from './text/fold';

// Certificate numbers (licences, permits, property certificates …) have no common
// structure: normalize width and surrounding space so equal numbers compare equal.

export type CertificateNumberResult = Result<string>;

// Control characters, and symbols that never appear in a certificate number but do
// appear when a cell was pasted with quotes or a formula.
const DISALLOWED = /[\u0000-\u001f\u007f"=<>{}|\\^`]/;

export function normalizeCertificateNumber(input: string): CertificateNumberResult {
  const value = asText(input).normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (value === '') return fail('input.empty');
  if (DISALLOWED.test(value)) return fail('certificate.charset');
  return { ok: true, value };
}
