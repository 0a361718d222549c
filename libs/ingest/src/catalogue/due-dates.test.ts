import { describe, expect, it } from 'vitest';
import { nextDueDate } from './due-dates';

const at = (text: string) => new Date(`${text}T12:00:00+08:00`);

describe('nextDueDate', () => {
  it('monthly: a delivery before the 10th satisfies this month, so the next is due next month', () => {
    expect(nextDueDate({ frequency: 'monthly', dueDay: 10, lastDeliveryAt: at('2026-11-05'), since: at('2026-01-01') })).toBe('2026-12-10');
  });
  it('monthly: a late delivery satisfies the next due date', () => {
    expect(nextDueDate({ frequency: 'monthly', dueDay: 10, lastDeliveryAt: at('2026-11-12'), since: at('2026-01-01') })).toBe('2027-01-10');
  });
  it('monthly: never delivered is due on the first due date after the responsibility began', () => {
    expect(nextDueDate({ frequency: 'monthly', dueDay: 10, lastDeliveryAt: null, since: at('2026-10-20') })).toBe('2026-11-10');
  });
  it('clamps day 31 to the end of shorter months', () => {
    expect(nextDueDate({ frequency: 'monthly', dueDay: 31, lastDeliveryAt: at('2027-01-31'), since: at('2026-01-01') })).toBe('2027-02-28');
  });
  it('daily, weekly, quarterly, yearly and once', () => {
    expect(nextDueDate({ frequency: 'daily', dueDay: null, lastDeliveryAt: at('2026-12-04'), since: at('2026-01-01') })).toBe('2026-12-05');
    // 2026-12-04 is a Friday; weekly on Mondays.
    expect(nextDueDate({ frequency: 'weekly', dueDay: 1, lastDeliveryAt: at('2026-12-04'), since: at('2026-01-01') })).toBe('2026-12-14');
    expect(nextDueDate({ frequency: 'quarterly', dueDay: 15, lastDeliveryAt: at('2026-10-03'), since: at('2026-01-01') })).toBe('2027-01-15');
    expect(nextDueDate({ frequency: 'yearly', dueDay: 31, lastDeliveryAt: at('2026-01-20'), since: at('2025-01-01') })).toBe('2027-01-31');
    expect(nextDueDate({ frequency: 'once', dueDay: null, lastDeliveryAt: at('2026-01-20'), since: at('2025-01-01') })).toBeNull();
  });
});
