// Excel cell values as the text a user sees in the cell, minus formatting.
import { type CellValue } from 'exceljs';
import { cellText } from './cell-text';

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET_DAYS = 1_462;

/**
 * `numFmt` matters for formula results: exceljs turns a date-formatted plain number into a
 * Date, but leaves a formula's cached result a serial number.
 */
export function xlsxCellText(value: CellValue, numFmt: string | undefined, date1904: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return cellText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return cellText(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    // The cached result, never the formula: that is what the sender saw.
    const result = value.result;
    if (typeof result === 'number' && isDateFormat(numFmt)) return dateText(serialToDate(result, date1904));
    return xlsxCellText(result ?? null, numFmt, date1904);
  }
  if ('error' in value) return null;
  if ('text' in value) return xlsxCellText(value.text, numFmt, date1904);
  return null;
}

/**
 * Excel keeps 15 significant digits and shows them, but the file stores the double's
 * 17-digit expansion (2.2 as 2.2000000000000002): rounding to 15 gives what the user
 * typed. Large and tiny numbers are written out in full — an ID typed as a number must
 * not come out as 4.30702197402186e+17.
 */
export function numberText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  return plainDecimal(Number(value.toPrecision(15)));
}

function plainDecimal(value: number): string {
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) return text;

  const negative = value < 0;
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const integerDigits = (point === -1 ? mantissa.length : point) + exponent;
  let result: string;
  if (integerDigits <= 0) result = `0.${'0'.repeat(-integerDigits)}${digits}`;
  else if (integerDigits >= digits.length) result = digits + '0'.repeat(integerDigits - digits.length);
  else result = `${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
  return negative ? `-${result}` : result;
}

/**
 * Excel dates are wall-clock values without a zone; exceljs maps them onto UTC, so UTC
 * getters read them back unchanged. Serials carry binary noise (12:00 as 11:59:59.9999),
 * hence the rounding to whole seconds. A time without a date (serial below 1) is shown as
 * a time only.
 */
export function dateText(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const rounded = new Date(Math.round(time / 1000) * 1000);
  const clock = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
  const day = `${String(rounded.getUTCFullYear()).padStart(4, '0')}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  if (day === '1899-12-30') return clock;
  return clock === '00:00:00' ? day : `${day} ${clock}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET_DAYS : 0)) * MS_PER_DAY));
}

/** A number format shows a date or time when it has d/m/y/h/s outside quotes, brackets and escapes. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}
