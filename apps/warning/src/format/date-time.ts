const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2025-03-10 14:05" in the browser's time zone. Timestamps cross tRPC as ISO strings
 * (there is no transformer), so both strings and Dates are accepted.
 */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A business period "2026-05-01 – 2026-05-31"; an open end shows as "…". */
export function formatPeriod(from: unknown, to: unknown): string {
  const day = (value: unknown) => (typeof value === 'string' && value !== '' ? value.slice(0, 10) : '…');
  if ((from === null || from === undefined) && (to === null || to === undefined)) return '';
  return from === to ? day(from) : `${day(from)} – ${day(to)}`;
}
