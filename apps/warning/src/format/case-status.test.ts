import { describe, expect, it } from 'vitest';
import { defaultDueDate, dueAtFromDate, yuanToFen } from './case-status';

describe('case form values', () => {
  it('turns yuan into whole fen without floating-point drift', () => {
    expect(yuanToFen('600')).toBe(60000);
    expect(yuanToFen('1,234.5')).toBe(123450);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('-1')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
  });

  it('defaults the deadline by source and sends it as the end of the day in Beijing time', () => {
    expect(defaultDueDate('warning', new Date(2026, 0, 25))).toBe('2026-02-09');
    expect(defaultDueDate('hotline', new Date(2026, 11, 30))).toBe('2027-01-04');
    expect(dueAtFromDate('2026-02-09')).toBe('2026-02-09T23:59:59+08:00');
  });
});
