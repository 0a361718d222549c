import { fail, type Result } from './result';
import { asText, foldCompact } from './text/fold';

// Organization code, GB 11714: 8 characters valued 0–35 (digits, then A=10 … Z=35)
// and a check character, often written `XXXXXXXX-C`.

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export interface OrganizationCodeDetails {
  /** `XXXXXXXX-C`, the form printed on certificates. */
  readonly display: string;
}

export type OrganizationCodeResult = Result<string, OrganizationCodeDetails>;

function characterValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** The check character for 8 characters of 0-9A-Z, or null when one is outside it. */
export function organizationCodeCheckCharacter(body: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = characterValue(body.charCodeAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function normalizeOrganizationCode(input: string): OrganizationCodeResult {
  const compact = foldCompact(asText(input)).toUpperCase();
  if (compact === '') return fail('input.empty');
  const hyphenated = /^(.{8})-(.)$/.exec(compact);
  const value = hyphenated ? `${hyphenated[1]}${hyphenated[2]}` : compact;
  if (!/^[0-9A-Z]*$/.test(value)) return fail('org.charset');
  if (value.length !== 9) return fail('org.length');
  if (organizationCodeCheckCharacter(value) !== value[8]) return fail('org.checksum');
  return { ok: true, value, display: `${value.slice(0, 8)}-${value[8]}` };
}
