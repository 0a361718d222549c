import { fail, type Result } from '../result';
import { asText, foldWidth } from '../text/fold';
import { civilFromDays, daysFromCivil, formatDate, formatTime, isRealDate } from './calendar';
import { excelSerialToDays, type ExcelDateSystem } from './excel-serial';
import { formatOffset, instantOfShanghaiWallClock, shanghaiWallClockAt } from './shanghai-time';
import { parseTimeOfDay, type TimeOfDay } from './time-of-day';

// Dates and date-times as they arrive from partner departments' spreadsheets. Times
// without a zone are Asia/Shanghai wall-clock times.

export type DateForm = 'iso' | 'slash' | 'dot' | 'chinese' | 'compact' | 'excel-1900' | 'excel-1904';

export interface DateDetails {
  /** `YYYY-MM-DD` (in Asia/Shanghai). */
  readonly date: string;
  /** `HH:mm:ss` in Asia/Shanghai, or null for a date alone. */
  readonly time: string | null;
  /** Milliseconds since the Unix epoch, or null for a date alone. */
  readonly epochMs: number | null;
  /** `+08:00` (or `+09:00` in the 1986–1991 summers), null for a date alone. */
  readonly offset: string | null;
  readonly form: DateForm;
}

/** `value` is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss+08:00` when a time was given. */
export type DateResult = Result<string, DateDetails>;

export interface DateOptions {
  /** Which Excel date system bare serial numbers use (default 1900, Windows Excel). */
  readonly excelSystem?: ExcelDateSystem;
}

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(.+))?$/i;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号](.+)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T|\s+)?(.+)?$/i;
// Up to five integer digits (serial 99999 is 2173-10-14): longer runs are compact dates.
const EXCEL_SERIAL = /^(\d{1,5})(?:\.(\d+))?$/;
const SEPARATOR_FORMS: Record<string, DateForm> = { '-': 'iso', '/': 'slash', '.': 'dot' };
const MS_PER_DAY = 86_400_000;

type Parts = { year: number; month: number; day: number; timeText: string | undefined; form: DateForm };

function matchParts(text: string): Parts | null {
  const separated = SEPARATED.exec(text);
  if (separated) {
    const [, y, separator, m, d, timeText] = separated;
    return { year: Number(y), month: Number(m), day: Number(d), timeText, form: SEPARATOR_FORMS[separator as string] as DateForm };
  }
  const chinese = CHINESE.exec(text.replace(/\s+/g, ''));
  if (chinese) {
    const [, y, m, d, timeText] = chinese;
    return { year: Number(y), month: Number(m), day: Number(d), timeText, form: 'chinese' };
  }
  const compact = COMPACT.exec(text);
  if (compact) {
    const [, y, m, d, timeText] = compact;
    return { year: Number(y), month: Number(m), day: Number(d), timeText, form: 'compact' };
  }
  return null;
}

function dateOnly(year: number, month: number, day: number, form: DateForm): DateResult {
  const date = formatDate(year, month, day);
  return { ok: true, value: date, date, time: null, epochMs: null, offset: null, form };
}

function fromInstant(epochMs: number, form: DateForm): DateResult {
  const local = shanghaiWallClockAt(epochMs);
  const date = formatDate(local.year, local.month, local.day);
  const time = formatTime(local.hour, local.minute, local.second);
  const offset = formatOffset(local.offsetMinutes);
  return { ok: true, value: `${date}T${time}${offset}`, date, time, epochMs, offset, form };
}

function withTime(year: number, month: number, day: number, time: TimeOfDay, form: DateForm): DateResult {
  const wallMs = (time.hour * 3600 + time.minute * 60 + time.second) * 1000 + time.millisecond;
  if (time.zoneOffset !== null) {
    return fromInstant(daysFromCivil(year, month, day) * MS_PER_DAY + wallMs - time.zoneOffset * 60_000, form);
  }
  const instant = instantOfShanghaiWallClock({ year, month, day, ...time });
  return instant === null ? fail('date.time') : fromInstant(instant + time.millisecond, form);
}

function fromExcelSerial(whole: string, fraction: string | undefined, system: ExcelDateSystem): DateResult {
  const days = excelSerialToDays(Number(whole), system);
  if (days === 'range') return fail('date.excel_range');
  if (days === 'impossible') return fail('date.impossible');
  const form: DateForm = system === 1904 ? 'excel-1904' : 'excel-1900';
  const { year, month, day } = civilFromDays(days);
  if (fraction === undefined) return dateOnly(year, month, day, form);
  // Round to the second, as Excel displays it; 23:59:59.6 rolls over to the next day.
  const seconds = Math.round(Number(`0.${fraction}`) * 86400);
  const next = civilFromDays(days + Math.floor(seconds / 86400));
  const secondOfDay = seconds % 86400;
  const time = {
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    millisecond: 0,
    zoneOffset: null,
  };
  return withTime(next.year, next.month, next.day, time, form);
}

export function normalizeDate(input: string, options?: DateOptions): DateResult {
  const text = foldWidth(asText(input)).trim();
  if (text === '') return fail('input.empty');

  const serial = EXCEL_SERIAL.exec(text);
  if (serial) return fromExcelSerial(serial[1] as string, serial[2], options?.excelSystem ?? 1900);

  const parts = matchParts(text);
  if (parts === null) return fail('date.format');
  const { year, month, day, timeText, form } = parts;
  if (year < 1 || !isRealDate(year, month, day)) return fail('date.impossible');
  if (timeText === undefined) return dateOnly(year, month, day, form);

  const time = parseTimeOfDay(timeText.trim(), form === 'compact');
  if (time === null) return fail('date.format');
  if (time === 'invalid') return fail('date.time');
  return withTime(year, month, day, time, form);
}
