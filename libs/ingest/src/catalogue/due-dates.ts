// Due dates of the data-responsibility list. A responsibility has one due date per period
// (monthly: day `dueDay` of every month, by default the 10th). A delivery satisfies the
// first due date on or after it, so the next one due is the following period's.
import type { Frequency } from '@zhijian/db';

const DAY_MS = 86_400_000;

/** Calendar date in Asia/Shanghai, where the departments work. */
function shanghaiDate(instant: Date): Date {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

function clampDay(year: number, month: number, day: number): Date {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, last)));
}

/** The first due date on or after `from`. */
export function dueOnOrAfter(frequency: Frequency, dueDay: number | null, from: Date): Date | null {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth();
  switch (frequency) {
    case 'daily':
      return from;
    case 'weekly': {
      // dueDay 1–7 = Monday–Sunday (default Monday).
      const target = (dueDay ?? 1) % 7;
      const delta = (target - from.getUTCDay() + 7) % 7;
      return new Date(from.getTime() + delta * DAY_MS);
    }
    case 'monthly': {
      const candidate = clampDay(y, m, dueDay ?? 10);
      return candidate >= from ? candidate : clampDay(y, m + 1, dueDay ?? 10);
    }
    case 'quarterly': {
      const quarterStart = m - (m % 3);
      const candidate = clampDay(y, quarterStart, dueDay ?? 15);
      return candidate >= from ? candidate : clampDay(y, quarterStart + 3, dueDay ?? 15);
    }
    case 'yearly': {
      const candidate = new Date(Date.UTC(y, 0, dueDay ?? 31));
      return candidate >= from ? candidate : new Date(Date.UTC(y + 1, 0, dueDay ?? 31));
    }
    case 'once':
      return null;
    default:
      return null;
  }
}

export function nextDueDate(input: { frequency: Frequency; dueDay: number | null; lastDeliveryAt: Date | null; since: Date }): string | null {
  if (input.frequency === 'once') {
    return input.lastDeliveryAt ? null : iso(new Date(shanghaiDate(input.since).getTime() + 30 * DAY_MS));
  }
  if (!input.lastDeliveryAt) {
    const first = dueOnOrAfter(input.frequency, input.dueDay, shanghaiDate(input.since));
    return first ? iso(first) : null;
  }
  const satisfied = dueOnOrAfter(input.frequency, input.dueDay, shanghaiDate(input.lastDeliveryAt));
  if (!satisfied) return null;
  const next = dueOnOrAfter(input.frequency, input.dueDay, new Date(satisfied.getTime() + DAY_MS));
  return next ? iso(next) : null;
}
