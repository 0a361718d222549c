import { describe, expect, it } from 'vitest';
import { ContentHashes, DuplicateTracker, QualityCounter } from './quality-counter';

describe('DuplicateTracker', () => {
  it('counts rows whose content was seen before in the batch, over many distinct rows', () => {
    const hashes = new ContentHashes();
    for (let i = 0; i < 50_000; i++) hashes.add(`{"id":${i % 40_000}}`);
    expect(new DuplicateTracker().count(hashes)).toBe(10_000);
  });

  it('counts the same whether the rows come in one chunk or several, and across a save to bytes', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `{"id":${(i * 7) % 2_000}}`);
    const whole = new ContentHashes();
    for (const row of rows) whole.add(row);
    const expected = new DuplicateTracker().count(whole);

    const tracker = new DuplicateTracker();
    let split = 0;
    for (let start = 0; start < rows.length; start += 700) {
      const chunk = new ContentHashes();
      for (const row of rows.slice(start, start + 700)) chunk.add(row);
      split += tracker.count(ContentHashes.fromBytes(chunk.toBytes()));
    }
    expect(split).toBe(expected);
    expect(expected).toBe(1_000);
  });
});

describe('QualityCounter', () => {
  it('merges a chunk counted on its own into the saved figures', () => {
    const batch = QualityCounter.restore({ counters: { accepted: 2, filled: { name: 2 }, errors: { 'amount|amount.invalid': 1 }, duplicates: 1 } });
    const chunk = QualityCounter.empty();
    chunk.countAccepted({ name: '张三', amount: null });
    chunk.countRejected([{ field: 'amount', code: 'amount.invalid' }]);
    chunk.addDuplicates(2);
    batch.merge(chunk);
    expect(batch.snapshot().counters).toEqual({ accepted: 3, filled: { name: 3 }, errors: { 'amount|amount.invalid': 2 }, duplicates: 3 });
  });
});
