import { formatDate, isRealDate } from '../date/calendar';
import { shanghaiTodayKey } from '../date/shanghai-time';
import { isRegionValidForBirthYear, type RegionCheck } from '../region/birth-region';
import { regionByNumericCode } from '../region/region-table';
import { fail, type Result } from '../result';
import { RESIDENT_ID_CHECK_CODES, RESIDENT_ID_WEIGHTS, residentIdCheckCharacter } from './resident-id-check';
import { cleanResidentIdInput } from './resident-id-clean';

export interface ResidentIdDetails {
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** From the parity of the sequence number (odd = male). */
  readonly sex: 'male' | 'female';
  /** The six-digit GB/T 2260 code. */
  readonly regionCode: string;
  /** Province, city and county, or null for a code absent from the data held. */
  readonly regionName: string | null;
  /** True when a 15-digit number was upgraded to 18 digits. */
  readonly upgraded: boolean;
}

export type ResidentIdResult = Result<string, ResidentIdDetails>;

export interface ResidentIdOptions {
  /** Reference "today" for the not-in-the-future rule (defaults to now, Asia/Shanghai). */
  readonly now?: Date;
  readonly regionCheck?: RegionCheck;
}

// Nobody alive when the card system began (1984) was born before this.
const EARLIEST_BIRTH_YEAR = 1870;
const ZERO = 48;
const UPPER_X = 88;
const LOWER_X = 120;

/**
 * Normalizes and validates a resident ID (GB 11643-1999): spaces stripped, full-width
 * characters folded, `x` upper-cased, 15-digit numbers upgraded to 18.
 */
export function normalizeResidentId(input: string, options?: ResidentIdOptions): ResidentIdResult {
  // Fast path: already 18 clean ASCII characters (most rows of a real dataset), checked
  // with charCodeAt arithmetic and no allocation until the result.
  if (typeof input === 'string' && input.length === 18) {
    let sum = 0;
    let i = 0;
    for (; i < 17; i++) {
      const digit = input.charCodeAt(i) - ZERO;
      if (digit < 0 || digit > 9) break;
      sum += digit * (RESIDENT_ID_WEIGHTS[i] as number);
    }
    if (i === 17) {
      const last = input.charCodeAt(17);
      if ((last >= ZERO && last <= ZERO + 9) || last === UPPER_X) return finish(input, sum, last, false, options);
      if (last === LOWER_X) return finish(input.slice(0, 17) + 'X', sum, UPPER_X, false, options);
    }
  }
  return normalizeMessyResidentId(input, options);
}

function normalizeMessyResidentId(input: unknown, options: ResidentIdOptions | undefined): ResidentIdResult {
  const cleaned = cleanResidentIdInput(typeof input === 'string' ? input : String(input ?? ''));
  if (typeof cleaned !== 'string') return fail(cleaned.code);
  if (cleaned.length === 15) {
    const first17 = cleaned.slice(0, 6) + '19' + cleaned.slice(6);
    const upgraded = first17 + residentIdCheckCharacter(first17);
    return finish(upgraded, -1, upgraded.charCodeAt(17), true, options);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (cleaned.charCodeAt(i) - ZERO) * (RESIDENT_ID_WEIGHTS[i] as number);
  return finish(cleaned, sum, cleaned.charCodeAt(17), false, options);
}

const digitAt = (s: string, i: number): number => s.charCodeAt(i) - ZERO;

// Birth dates repeat across millions of rows: each `YYYY-MM-DD` string is built once and
// kept in a dense table indexed by (year, month, day), which allocates nothing per row.
// Pre-filled so the array stays packed (fast) rather than sparse; 250 years of slots.
const birthDateStrings: (string | null)[] = new Array<string | null>(250 * 372).fill(null);

function formatBirthDate(year: number, month: number, day: number): string {
  const index = (year - EARLIEST_BIRTH_YEAR) * 372 + (month - 1) * 31 + (day - 1);
  const cached = birthDateStrings[index];
  if (cached != null) return cached;
  const formatted = formatDate(year, month, day);
  if (index < birthDateStrings.length) birthDateStrings[index] = formatted;
  return formatted;
}

// The cached key of "today" only moves forward, so a birth date before it needs no
// clock read; only dates at or after it refresh the cache.
let cachedTodayKey = 0;

function isNotInFuture(birthKey: number, now: Date | undefined): boolean {
  if (now !== undefined) return birthKey <= shanghaiTodayKey(now);
  if (birthKey < cachedTodayKey) return true;
  cachedTodayKey = shanghaiTodayKey();
  return birthKey <= cachedTodayKey;
}

/** `sum` is the weighted sum of the first 17 digits, or -1 when the check is known good. */
function finish(
  id: string,
  sum: number,
  checkCode: number,
  upgraded: boolean,
  options: ResidentIdOptions | undefined,
): ResidentIdResult {
  if (sum >= 0 && RESIDENT_ID_CHECK_CODES[sum % 11] !== checkCode) return fail('id.checksum');

  const year = digitAt(id, 6) * 1000 + digitAt(id, 7) * 100 + digitAt(id, 8) * 10 + digitAt(id, 9);
  const month = digitAt(id, 10) * 10 + digitAt(id, 11);
  const day = digitAt(id, 12) * 10 + digitAt(id, 13);
  if (
    year < EARLIEST_BIRTH_YEAR ||
    !isRealDate(year, month, day) ||
    !isNotInFuture(year * 10000 + month * 100 + day, options?.now)
  ) {
    return fail('id.birth_date');
  }

  const regionNumber =
    digitAt(id, 0) * 100000 +
    digitAt(id, 1) * 10000 +
    digitAt(id, 2) * 1000 +
    digitAt(id, 3) * 100 +
    digitAt(id, 4) * 10 +
    digitAt(id, 5);
  const region = regionByNumericCode(regionNumber);
  if (!isRegionValidForBirthYear(regionNumber, year, options?.regionCheck ?? 'birth-year', region)) {
    return fail('id.region');
  }

  return {
    ok: true,
    value: id,
    birthDate: formatBirthDate(year, month, day),
    sex: (digitAt(id, 16) & 1) === 1 ? 'male' : 'female',
    regionCode: region === undefined ? id.slice(0, 6) : region.code,
    regionName: region === undefined ? null : region.fullName,
    upgraded,
  };
}
