import { describe, expect, it } from 'vitest';
import { expectedCount, poissonUpperTail } from './poisson';

describe('poissonUpperTail', () => {
  it('matches known Poisson tails', () => {
    // P(X ≥ 1 | λ = 1) = 1 − e^-1
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    // P(X ≥ 3 | λ = 2) = 1 − e^-2 (1 + 2 + 2) = 0.3233235838
    expect(poissonUpperTail(3, 2)).toBeCloseTo(0.3233235838, 9);
    // P(X ≥ 10 | λ = 3) = 0.001102488 (R: ppois(9, 3, lower.tail = FALSE))
    expect(poissonUpperTail(10, 3)).toBeCloseTo(0.001102488, 8);
  });

  it('is 1 for no tickets and shrinks as the count rises above the rate', () => {
    expect(poissonUpperTail(0, 5)).toBe(1);
    const p = [5, 10, 20, 40].map((k) => poissonUpperTail(k, 5));
    expect(p).toEqual([...p].sort((a, b) => b - a));
    expect(poissonUpperTail(40, 5)).toBeLessThan(1e-15);
    expect(poissonUpperTail(40, 5)).toBeGreaterThan(0);
  });

  it('keeps precision for counts far below the rate', () => {
    expect(poissonUpperTail(100, 400)).toBeCloseTo(1, 12);
    expect(poissonUpperTail(400, 400)).toBeGreaterThan(0.4);
    expect(poissonUpperTail(400, 400)).toBeLessThan(0.6);
  });
});

describe('expectedCount', () => {
  it('scales the baseline daily rate to the period, with half a ticket of prior', () => {
    expect(expectedCount(180, 180, 30)).toBeCloseTo(30.083, 3);
    expect(expectedCount(0, 180, 30)).toBeCloseTo(0.0833, 4);
    expect(expectedCount(10, 0, 30)).toBe(0);
  });
});
