import { describe, expect, it } from 'vitest';
import { QualityCounter } from './quality-counter';

describe('QualityCounter', () => {
  it('counts rows whose content was seen before in the batch, over many distinct rows', () => {
    const counter = QualityCounter.restore(null);
    for (let i = 0; i < 50_000; i++) counter.countContent(`{"id":${i % 40_000}}`);
    expect(counter.snapshot().counters.duplicates).toBe(10_000);
  });
});
