import { organizationCodeCheckCharacter } from './org-code';
import { isKnownProvincePrefix, regionByCode } from './region/region-table';
import { fail, type Result } from './result';
import { asText, foldCompact } from './text/fold';

// Unified social credit code, GB 32100-2015: authority, entity type, 6-digit region,
// 9-character organization code (GB 11714), MOD 31 check character.

/** Values 0–30; I, O, Z, S and V are left out to avoid confusion with digits. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const valueOfCharacter = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) valueOfCharacter[USCC_ALPHABET.charCodeAt(i)] = i;

export interface UsccDetails {
  /** Registration authority (1 机构编制, 5 民政, 9 工商, Y other …). */
  readonly authority: string;
  readonly entityType: string;
  readonly regionCode: string;
  /** Full name of the region, or null for 100000 (national) and codes not held. */
  readonly regionName: string | null;
  /** The embedded organization code, `XXXXXXXX-C`. */
  readonly organizationCode: string;
}

export type UsccResult = Result<string, UsccDetails>;

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = first17.charCodeAt(i);
    const value = code < 128 ? (valueOfCharacter[code] as number) : -1;
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] as number);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

export function normalizeUscc(input: string): UsccResult {
  const value = foldCompact(asText(input)).toUpperCase();
  if (value === '') return fail('input.empty');
  if (!/^[0-9A-HJ-NPQRTUWXY]*$/.test(value)) return fail('uscc.charset');
  if (value.length !== 18) return fail('uscc.length');
  if (usccCheckCharacter(value) !== value[17]) return fail('uscc.checksum');

  const regionCode = value.slice(2, 8);
  // 100000 marks organizations registered with a national authority.
  if (!/^\d{6}$/.test(regionCode) || (regionCode !== '100000' && !isKnownProvincePrefix(Number(regionCode.slice(0, 2))))) {
    return fail('uscc.region');
  }
  const organizationCode = value.slice(8, 17);
  if (organizationCodeCheckCharacter(organizationCode) !== organizationCode[8]) return fail('uscc.org_code');

  return {
    ok: true,
    value,
    authority: value[0] as string,
    entityType: value[1] as string,
    regionCode,
    regionName: regionByCode(regionCode)?.fullName ?? null,
    organizationCode: `${organizationCode.slice(0, 8)}-${organizationCode[8]}`,
  };
}
