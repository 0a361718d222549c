// @zhijian/standard — normalizers and validators for the identifiers, names, dates,
// amounts and regions in partner departments' data. Pure: no I/O, runs in the browser.
// Every normalizer returns a Result and never throws on bad input.

export { type Failure, type Result, type Success } from './result';
export { describeError, errorCodes, errorMessages, type ErrorCode, type Locale } from './errors';

export {
  normalizeResidentId,
  type ResidentIdDetails,
  type ResidentIdOptions,
  type ResidentIdResult,
} from './id/resident-id';
export { residentIdCheckCharacter } from './id/resident-id-check';
export { type RegionCheck } from './region/birth-region';
export { normalizeUscc, usccCheckCharacter, USCC_ALPHABET, type UsccDetails, type UsccResult } from './uscc';
export {
  normalizeOrganizationCode,
  organizationCodeCheckCharacter,
  type OrganizationCodeDetails,
  type OrganizationCodeResult,
} from './org-code';
export { normalizePhone, type PhoneDetails, type PhoneResult } from './phone';
export { normalizePlate, PLATE_PROVINCES, type PlateDetails, type PlateResult, type PlateType } from './plate';
export { normalizeCertificateNumber, type CertificateNumberResult } from './certificate';
export { normalizeName, type NameDetails, type NameResult } from './name';

export { normalizeDate, type DateDetails, type DateForm, type DateOptions, type DateResult } from './date/date';
export { normalizeMonth, type MonthDetails, type MonthResult } from './date/month';
export { type ExcelDateSystem } from './date/excel-serial';
export { normalizeAmount, type AmountDetails, type AmountResult } from './amount/amount';

export { normalizeRegion, regionNameOf, type RegionDetails, type RegionResult } from './region/region';
export { resolveAddressRegion, type AddressRegionDetails, type AddressRegionResult } from './region/address';
export { regionsNamed } from './region/region-names';
export {
  allRegions,
  regionByCode,
  regionDataFirstYear,
  regionDataLastYear,
  regionDataSources,
  type Region,
  type RegionLevel,
} from './region/region-table';

export { isStandardKind, normalizeAs, standardKindNames, standardKinds, type StandardKind } from './kinds';
