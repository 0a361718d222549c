import { describe, expect, it } from 'vitest';
import { countyName } from './counties';
import { percent, pValue, yuan } from './numbers';

describe('formatting', () => {
  it('shows rates, amounts and p-values the way analysts read them', () => {
    expect(percent(0.9361)).toBe('93.6%');
    expect(percent(null)).toBe('—');
    expect(yuan(2939000000)).toBe('¥29,390,000.00');
    expect(pValue(1e-20)).toBe('< 1e-12');
    expect(pValue(0.0001234)).toBe('1.23e-4');
    expect(pValue(0.5)).toBe('0.500');
  });

  it('names Changde counties and leaves other codes as they are', () => {
    expect(countyName('430725')).toBe('桃源县');
    expect(countyName('110101')).toBe('110101');
  });
});
