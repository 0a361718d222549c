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
