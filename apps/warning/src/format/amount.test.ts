import { describe, expect, it } from 'vitest';
import { formatFen } from './amount';

describe('formatFen', () => {
  it('shows fen as yuan with two decimals and grouping', () => {
    expect(formatFen(60000)).toBe('¥600.00');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-150)).toBe('-¥1.50');
  });

  it('shows a missing amount as a dash, not as zero', () => {
    expect(formatFen(null)).toBe('—');
    expect(formatFen(0)).toBe('¥0.00');
  });
});
