import { describe, expect, it } from 'vitest';
import { formatRate } from './rate';

describe('formatRate', () => {
  it('shows a ratio as a percentage, and no ratio as a dash', () => {
    expect(formatRate(0.8333)).toBe('83.3%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBe('—');
  });
});
