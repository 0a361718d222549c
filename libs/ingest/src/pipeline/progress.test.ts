import { describe, expect, it } from 'vitest';
import { stagingEstimate } from './progress';

describe('stagingEstimate', () => {
  it('estimates the rows to come from the rows read per byte', () => {
    expect(stagingEstimate({ fileSize: 1000, bytesRead: 250, rowsRead: 20 })).toEqual({ fraction: 0.25, estimatedRows: 80 });
  });

  it('never estimates fewer rows than were read, nor more than 100 %', () => {
    // The reader reads ahead of the rows served, so bytes can reach the file size first.
    expect(stagingEstimate({ fileSize: 1000, bytesRead: 1200, rowsRead: 90 })).toEqual({ fraction: 1, estimatedRows: 90 });
  });

  it('knows nothing before the first chunk', () => {
    expect(stagingEstimate({ fileSize: 1000, bytesRead: 0, rowsRead: 0 })).toEqual({ fraction: 0, estimatedRows: null });
  });
});
