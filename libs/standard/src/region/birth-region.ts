import {
  isKnownProvincePrefix,
  regionByNumericCode,
  regionDataFirstYear,
  regionDataLastYear,
  type Region,
} from './region-table';

/**
 * How strictly the region code of a resident ID is checked:
 * - `birth-year`: the code must have been valid in the birth year (default);
 * - `known`: the code must be known in any revision held;
 * - `province`: only the two-digit province prefix is checked.
 */
export type RegionCheck = 'birth-year' | 'known' | 'province';

// Residence permits for Hong Kong, Macao and Taiwan residents (2018) use these.
const RESIDENCE_PERMIT_CODES = new Set([810000, 820000, 830000]);

/**
 * `region` is the looked-up record of `code`, passed in so the resident-ID hot path
 * looks the code up once.
 */
export function isRegionValidForBirthYear(
  code: number,
  birthYear: number,
  check: RegionCheck,
  region: Region | undefined = regionByNumericCode(code),
): boolean {
  const prefix = Math.floor(code / 10000);
  if (check === 'province') return isKnownProvincePrefix(prefix);
  if (region === undefined) {
    if (RESIDENCE_PERMIT_CODES.has(code)) return true;
    // Codes abolished before 2002, or created after 2021, are not in the data: there
    // the absence proves nothing and only the province is checked.
    if (check === 'known' || birthYear < regionDataFirstYear || birthYear > regionDataLastYear) {
      return isKnownProvincePrefix(prefix);
    }
    return false;
  }
  if (check === 'known') return true;
  return region.validFrom <= birthYear && birthYear <= region.validTo;
}
