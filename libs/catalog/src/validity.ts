import { type DatasetSpec, type StandardRecord, type StandardValue } from './spec/types';

export interface RecordValidity {
  /** `YYYY-MM-DD`, or null when unbounded or unknown. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** The period a standardized record holds over, from the dataset's validity spec. */
export function recordValidity(spec: DatasetSpec, values: StandardRecord): RecordValidity {
  const validity = spec.validity;
  switch (validity.kind) {
    case 'period':
      return {
        validFrom: dayOf(values[validity.from]),
        validTo: validity.to === undefined ? null : dayOf(values[validity.to]),
      };
    case 'month':
      return monthPeriod(values[validity.month]);
    case 'event': {
      const day = dayOf(values[validity.at]);
      return { validFrom: day, validTo: day };
    }
    case 'none':
      return { validFrom: null, validTo: null };
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The calendar day of a standard date or date-time (its Asia/Shanghai date). */
export function dayOf(value: StandardValue | undefined): string | null {
  return typeof value === 'string' && DAY.test(value) ? value.slice(0, 10) : null;
}

const MONTH = /^(\d{4})-(\d{2})$/;

function monthPeriod(value: StandardValue | undefined): RecordValidity {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  if (match === null) return { validFrom: null, validTo: null };
  const year = Number(match[1]);
  const month = Number(match[2]);
  // Day 0 of the next month is the last day of this one (UTC, so no zone shifts it).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { validFrom: `${value as string}-01`, validTo: `${value as string}-${String(lastDay).padStart(2, '0')}` };
}
