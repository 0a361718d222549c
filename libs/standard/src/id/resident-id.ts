import { formatDate } from '../date/calendar';
import { shanghaiTodayKey } from '../date/shanghai-time';
import { isRegionValidForBirthYear, type RegionCheck } from '../region/birth-region';
import { regionByNumericCode } from '../region/region-table';
import { fail, type Result } from '../result';
import { RESIDENT_ID_CHECK_CODES } from './resident-id-check';
import { cleanResidentIdInput, upgradeFifteenDigitId } from './resident-id-clean';

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
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Normalizes and validates a resident ID (GB 11643-1999): spaces stripped, full-width
 * characters folded, `x` upper-cased, 15-digit numbers upgraded to 18.
 */
export function normalizeResidentId(input: string, options?: ResidentIdOptions): ResidentIdResult {
  if (typeof input === 'string' && input.length === 18) {
    const last = input.charCodeAt(17);
    if ((last >= ZERO && last <= ZERO + 9) || last === UPPER_X) return validate(input, last, options);
    // toUpperCase gives a flat string; slice + 'X' would be a cons string to flatten.
    if (last === LOWER_X) return validate(input.toUpperCase(), UPPER_X, options);
  }
  const cleaned = cleanResidentIdInput(typeof input === 'string' ? input : String(input ?? ''));
  if (typeof cleaned !== 'string') return cleaned;
  if (cleaned.length === 15) {
    const upgraded = upgradeFifteenDigitId(cleaned);
    return validate(upgraded, upgraded.charCodeAt(17), options, true);
  }
  return validate(cleaned, cleaned.charCodeAt(17), options);
}

/**
 * Checks 18 characters whose last is a digit or X. Written out digit by digit, with
 * the MOD 11-2 weights as constants: the hot path of every identity collision runs
 * here, for millions of rows, and allocates only the result.
 */
function validate(id: string, checkCode: number, options: ResidentIdOptions | undefined, upgraded = false): ResidentIdResult {
  const d0 = id.charCodeAt(0) - ZERO;
  const d1 = id.charCodeAt(1) - ZERO;
  const d2 = id.charCodeAt(2) - ZERO;
  const d3 = id.charCodeAt(3) - ZERO;
  const d4 = id.charCodeAt(4) - ZERO;
  const d5 = id.charCodeAt(5) - ZERO;
  const d6 = id.charCodeAt(6) - ZERO;
  const d7 = id.charCodeAt(7) - ZERO;
  const d8 = id.charCodeAt(8) - ZERO;
  const d9 = id.charCodeAt(9) - ZERO;
  const d10 = id.charCodeAt(10) - ZERO;
  const d11 = id.charCodeAt(11) - ZERO;
  const d12 = id.charCodeAt(12) - ZERO;
  const d13 = id.charCodeAt(13) - ZERO;
  const d14 = id.charCodeAt(14) - ZERO;
  const d15 = id.charCodeAt(15) - ZERO;
  const d16 = id.charCodeAt(16) - ZERO;
  // `>>> 0` turns a negative difference into a large number: one compare per digit.
  if (
    d0 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9 || d3 >>> 0 > 9 || d4 >>> 0 > 9 || d5 >>> 0 > 9 ||
    d6 >>> 0 > 9 || d7 >>> 0 > 9 || d8 >>> 0 > 9 || d9 >>> 0 > 9 || d10 >>> 0 > 9 || d11 >>> 0 > 9 ||
    d12 >>> 0 > 9 || d13 >>> 0 > 9 || d14 >>> 0 > 9 || d15 >>> 0 > 9 || d16 >>> 0 > 9
  ) {
    // Not 17 ASCII digits: the slow path folds what can be folded and says what is wrong.
    return upgraded ? fail('id.charset') : normalizeMessy(id, options);
  }
  const sum =
    d0 * 7 + d1 * 9 + d2 * 10 + d3 * 5 + d4 * 8 + d5 * 4 + d6 * 2 + d7 + d8 * 6 +
    d9 * 3 + d10 * 7 + d11 * 9 + d12 * 10 + d13 * 5 + d14 * 8 + d15 * 4 + d16 * 2;
  if (RESIDENT_ID_CHECK_CODES[sum % 11] !== checkCode) return fail('id.checksum');

  const year = d6 * 1000 + d7 * 100 + d8 * 10 + d9;
  const month = d10 * 10 + d11;
  const day = d12 * 10 + d13;
  const birthKey = year * 10000 + month * 100 + day;
  if (
    year < EARLIEST_BIRTH_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > (DAYS_IN_MONTH[month] as number) ||
    (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) ||
    // Only a date not already known to be in the past needs the clock.
    ((birthKey >= cachedTodayKey || options !== undefined) && !isNotInFuture(birthKey, options?.now))
  ) {
    return fail('id.birth_date');
  }

  const regionNumber = d0 * 100000 + d1 * 10000 + d2 * 1000 + d3 * 100 + d4 * 10 + d5;
  const region = regionByNumericCode(regionNumber);
  // The common case, a known code valid in the birth year, is decided inline.
  if (region === undefined || options !== undefined || year < region.validFrom || year > region.validTo) {
    if (!isRegionValidForBirthYear(regionNumber, year, options?.regionCheck ?? 'birth-year', region)) {
      return fail('id.region');
    }
  }

  return {
    ok: true,
    value: id,
    birthDate: birthDateStrings[(year - EARLIEST_BIRTH_YEAR) * 372 + (month - 1) * 31 + (day - 1)] ?? formatBirthDate(year, month, day),
    sex: (d16 & 1) === 1 ? 'male' : 'female',
    regionCode: region === undefined ? id.slice(0, 6) : region.code,
    regionName: region === undefined ? null : region.fullName,
    upgraded,
  };
}

function normalizeMessy(input: string, options: ResidentIdOptions | undefined): ResidentIdResult {
  const cleaned = cleanResidentIdInput(input);
  if (typeof cleaned !== 'string') return cleaned;
  // An 18-character input that cleans to 15 digits, e.g. "'110101491001001  ".
  return cleaned.length === 15 || cleaned !== input ? normalizeResidentId(cleaned, options) : fail('id.charset');
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

// Birth dates repeat across millions of rows: each `YYYY-MM-DD` string is built once and
// kept in a table indexed by (year, month, day). Pre-filled, 250 years of slots, so V8
// keeps it a fast elements array instead of a sparse dictionary.
const birthDateStrings: (string | undefined)[] = new Array<string | undefined>(250 * 372).fill(undefined);

function formatBirthDate(year: number, month: number, day: number): string {
  const index = (year - EARLIEST_BIRTH_YEAR) * 372 + (month - 1) * 31 + (day - 1);
  const formatted = formatDate(year, month, day);
  if (index < birthDateStrings.length) birthDateStrings[index] = formatted;
  return formatted;
}
