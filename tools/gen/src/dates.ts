// Dates as whole days since 1970-01-01 (UTC arithmetic, printed as local calendar dates):
// cheap to add and compare for millions of rows.

const MS_PER_DAY = 86_400_000;

export function dayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partsOf(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Months as an index: year × 12 + (month − 1). */
export function monthIndexOf(day: number): number {
  const { y, m } = partsOf(day);
  return y * 12 + m - 1;
}

export function monthText(monthIndex: number): string {
  return `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
}

export function monthStartDay(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / MS_PER_DAY;
}

export function monthEndDay(monthIndex: number): number {
  return monthStartDay(monthIndex + 1) - 1;
}

/** `YYYY-MM-DD HH:mm:ss` for a day and a minute of that day (Asia/Shanghai wall clock). */
export function dateTimeText(day: number, minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const min = minuteOfDay % 60;
  return `${isoOf(day)} ${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:00`;
}
