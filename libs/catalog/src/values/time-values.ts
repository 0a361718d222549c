import { normalizeDate, normalizeMonth, type DateOptions } from '@zhijian/standard';
import { fromStandardFailure, type FieldNormalizer } from './field-failure';

/** `YYYY-MM-DD`; a value with a time of day keeps only its Asia/Shanghai date. */
export function dateNormalizer(options: DateOptions): FieldNormalizer {
  return (raw) => {
    const result = normalizeDate(raw, options);
    return result.ok ? result.date : fromStandardFailure(result);
  };
}

/**
 * `YYYY-MM-DDTHH:mm:ss+08:00`. A bare date means its midnight, so a column mixing
 * `2024-03-01` and `2024-03-01 08:30` still gives one form.
 */
export function datetimeNormalizer(options: DateOptions): FieldNormalizer {
  return (raw) => {
    const result = normalizeDate(raw, options);
    if (!result.ok) return fromStandardFailure(result);
    if (result.time !== null) return result.value;
    // Re-read as a wall-clock time so the 1986–1991 summers get their +09:00 offset.
    const midnight = normalizeDate(`${result.date} 00:00:00`);
    return midnight.ok ? midnight.value : fromStandardFailure(midnight);
  };
}

/**
 * `YYYY-MM`. Spreadsheets often hold a month as a date (`2024-03-01`) or as the Excel
 * serial of its first day, so a text that is no month is tried as a date.
 */
export function monthNormalizer(options: DateOptions): FieldNormalizer {
  return (raw) => {
    const month = normalizeMonth(raw);
    if (month.ok) return month.value;
    if (month.code !== 'month.format') return fromStandardFailure(month);
    const date = normalizeDate(raw, options);
    return date.ok ? date.date.slice(0, 7) : fromStandardFailure(month);
  };
}
