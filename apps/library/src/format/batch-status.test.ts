import { describe, expect, it } from 'vitest';
import { type BatchStatus } from '../api/types';
import { canRollBack, deliveryProgress, isBatchSettled, isBatchStatus, stagingEstimate } from './batch-status';

describe('batch status', () => {
  it('stops polling only once a batch can no longer change by itself', () => {
    expect((['queued', 'staging', 'publishing'] as const).map(isBatchSettled)).toEqual([false, false, false]);
    expect((['published', 'failed', 'rolled_back', 'superseded'] as const).map(isBatchSettled)).toEqual([true, true, true, true]);
  });

  it('offers rollback only where the server accepts it', () => {
    expect(canRollBack('published')).toBe(true);
    expect(canRollBack('staging')).toBe(false);
    expect(canRollBack('rolled_back')).toBe(false);
  });

  it('walks the delivery steps 排队 → 标准化入库 → 实体解析与发布 → 完成', () => {
    const at = (status: BatchStatus, startedAt: string | null = null) => deliveryProgress({ status, startedAt, rowsRead: 0, fileSize: 1000, bytesRead: 0 });
    expect(at('queued')).toMatchObject({ current: 0, status: 'process' });
    expect(at('staging')).toMatchObject({ current: 1, status: 'process', percent: 0, estimatedRows: null });
    expect(at('publishing')).toMatchObject({ current: 2, status: 'process' });
    expect(at('published')).toEqual({ current: 3, status: 'finish', percent: 100, estimatedRows: null });
    expect(at('failed')).toMatchObject({ current: 0, status: 'error' });
    expect(at('failed', '2025-01-01T00:00:00Z')).toMatchObject({ current: 1, status: 'error' });
  });

  it('measures staging by the bytes of the file read and estimates the rows from them', () => {
    const staging = deliveryProgress({ status: 'staging', startedAt: '2025-01-01T00:00:00Z', rowsRead: 20_000, fileSize: 4_000_000, bytesRead: 1_000_000 });
    expect(staging).toEqual({ current: 1, status: 'process', percent: 25, estimatedRows: 80_000 });
    // The reader runs ahead of the rows counted: never more than 100 %, never fewer rows than read.
    expect(stagingEstimate({ rowsRead: 90, fileSize: 1000, bytesRead: 1200 })).toEqual({ fraction: 1, estimatedRows: 90 });
  });

  it('recognizes the status codes a responsibility reports', () => {
    expect(isBatchStatus('published')).toBe(true);
    expect(isBatchStatus('toString')).toBe(false);
    expect(isBatchStatus(null)).toBe(false);
  });
});
