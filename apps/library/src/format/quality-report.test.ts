import { describe, expect, it } from 'vitest';
import { readQualityReport } from './quality-report';

describe('readQualityReport', () => {
  it('reads the report of a published batch, least complete fields first', () => {
    const report = readQualityReport({
      rows: { read: 10, loaded: 8, rejected: 2 },
      errors: [{ field: 'id_number', code: 'id.checksum', count: 2 }],
      completeness: { name: 1, phone: 0.5 },
      duplicates: 1,
      counters: { accepted: 8 },
    });
    expect(report).toEqual({
      rows: { read: 10, loaded: 8, rejected: 2 },
      errors: [{ field: 'id_number', code: 'id.checksum', count: 2 }],
      completeness: [
        { field: 'phone', ratio: 0.5 },
        { field: 'name', ratio: 1 },
      ],
      duplicates: 1,
    });
  });

  it('has no report while the batch only holds running counters', () => {
    expect(readQualityReport({ counters: { accepted: 3, filled: {}, errors: {}, duplicates: 0 } })).toBeNull();
    expect(readQualityReport(null)).toBeNull();
  });
});
