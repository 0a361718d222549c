import { describe, expect, it } from 'vitest';
import { formatPeriod } from './date-time';

describe('formatPeriod', () => {
  it('shows a period, a single day once, and an open end as an ellipsis', () => {
    expect(formatPeriod('2026-05-01', '2026-05-31')).toBe('2026-05-01 – 2026-05-31');
    expect(formatPeriod('2026-03-01', '2026-03-01')).toBe('2026-03-01');
    expect(formatPeriod('2026-01-01', null)).toBe('2026-01-01 – …');
    expect(formatPeriod(null, null)).toBe('');
  });
});
