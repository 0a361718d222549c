import { daysFromCivil } from './calendar';

// Excel stores dates as day counts. The 1900 system (Windows default) counts a
// non-existent 29 Feb 1900 (serial 60), a Lotus 1-2-3 bug kept for compatibility, so
// serials from 61 on are days since 1899-12-30 and those below 60 since 1899-12-31.
// The 1904 system (old Mac Excel) counts days since 1904-01-01.

export type ExcelDateSystem = 1900 | 1904;

const EPOCH_1899_12_30 = daysFromCivil(1899, 12, 30);
const EPOCH_1899_12_31 = daysFromCivil(1899, 12, 31);
const EPOCH_1904_01_01 = daysFromCivil(1904, 1, 1);
const PHANTOM_LEAP_DAY = 60;

/** Days since 1970-01-01 of an integer serial, 'impossible' for 1900-02-29, or 'range'. */
export function excelSerialToDays(serial: number, system: ExcelDateSystem): number | 'impossible' | 'range' {
  if (system === 1904) return serial >= 0 ? EPOCH_1904_01_01 + serial : 'range';
  if (serial < 1) return 'range';
  if (serial === PHANTOM_LEAP_DAY) return 'impossible';
  return serial < PHANTOM_LEAP_DAY ? EPOCH_1899_12_31 + serial : EPOCH_1899_12_30 + serial;
}
