import { fail, type Result } from '../result';
import { asText, foldWidth } from '../text/fold';

// Months, for monthly datasets (payroll, subsidies): `YYYY-MM`, `YYYYMM`, `YYYY/M`,
// `YYYY.M`, `YYYY年M月`.

export interface MonthDetails {
  readonly year: number;
  readonly month: number;
}

/** `value` is `YYYY-MM`. */
export type MonthResult = Result<string, MonthDetails>;

const SEPARATED = /^(\d{4})[-/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月份?$/;

export function normalizeMonth(input: string): MonthResult {
  const text = foldWidth(asText(input)).replace(/\s+/g, '');
  if (text === '') return fail('input.empty');
  const match = SEPARATED.exec(text) ?? COMPACT.exec(text) ?? CHINESE.exec(text);
  if (!match) return fail('month.format');
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1 || month < 1 || month > 12) return fail('month.impossible');
  return { ok: true, value: `${match[1]}-${String(month).padStart(2, '0')}`, year, month };
}
