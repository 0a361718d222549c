import { describe, expect, it } from 'vitest';
import { type BatchStatus } from '../api/types';
import { canRollBack, deliveryProgress, isBatchSettled, isBatchStatus } from './batch-status';

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
    const at = (status: BatchStatus, startedAt: string | null = null) => deliveryProgress({ status, startedAt, rowsRead: 0 });
    expect(at('queued')).toMatchObject({ current: 0, status: 'process' });
    expect(at('staging')).toMatchObject({ current: 1, status: 'process' });
    expect(at('publishing')).toMatchObject({ current: 2, status: 'process' });
    expect(at('published')).toEqual({ current: 3, status: 'finish', percent: 100 });
    expect(at('failed')).toMatchObject({ current: 0, status: 'error' });
    expect(at('failed', '2025-01-01T00:00:00Z')).toMatchObject({ current: 1, status: 'error' });
  });

  it('recognizes the status codes a responsibility reports', () => {
    expect(isBatchStatus('published')).toBe(true);
    expect(isBatchStatus('toString')).toBe(false);
    expect(isBatchStatus(null)).toBe(false);
  });
});
