import { type BatchStatus } from '../api/types';

export const BATCH_STATUS_COLORS: Record<BatchStatus, string> = {
  queued: 'default',
  staging: 'processing',
  publishing: 'processing',
  published: 'success',
  failed: 'error',
  rolled_back: 'warning',
  superseded: 'default',
};

/** A settled batch will not change by itself any more, so polling can stop. */
export function isBatchSettled(status: BatchStatus): boolean {
  return status === 'published' || status === 'failed' || status === 'rolled_back' || status === 'superseded';
}

/** Mirrors libs/ingest rollbackBatch: a batch being staged or published must finish first. */
export function canRollBack(status: BatchStatus): boolean {
  return status === 'published' || status === 'failed' || status === 'queued';
}

/** The delivery steps shown while a batch runs: 排队 → 标准化入库 → 实体解析与发布 → 完成. */
export const DELIVERY_STEPS = ['queued', 'staging', 'publishing', 'done'] as const;

export interface DeliveryProgress {
  /** Index into DELIVERY_STEPS. */
  current: number;
  status: 'process' | 'finish' | 'error';
  /** The running stage's own progress, 0–100: staging by the bytes of the file read. */
  percent: number;
  /** While staging: the rows the whole file probably holds, from the rows read per byte so far. */
  estimatedRows: number | null;
}

/** Mirrors libs/ingest stagingEstimate: the file read so far, and the rows it promises. */
export function stagingEstimate(batch: { fileSize: number; bytesRead: number; rowsRead: number }): { fraction: number; estimatedRows: number | null } {
  if (batch.fileSize <= 0 || batch.bytesRead <= 0) return { fraction: 0, estimatedRows: null };
  const fraction = Math.min(1, batch.bytesRead / batch.fileSize);
  return { fraction, estimatedRows: batch.rowsRead > 0 ? Math.max(batch.rowsRead, Math.round(batch.rowsRead / fraction)) : null };
}

export function deliveryProgress(batch: { status: BatchStatus; startedAt: unknown; rowsRead: number; fileSize: number; bytesRead: number }): DeliveryProgress {
  switch (batch.status) {
    case 'queued':
      return { current: 0, status: 'process', percent: 0, estimatedRows: null };
    case 'staging': {
      const { fraction, estimatedRows } = stagingEstimate(batch);
      return { current: 1, status: 'process', percent: Math.floor(fraction * 100), estimatedRows };
    }
    case 'publishing':
      // Publishing is one transaction with nothing to count until it commits: the bar stays
      // full (every row staged) and animated, with a spinner instead of a number.
      return { current: 2, status: 'process', percent: 100, estimatedRows: null };
    case 'failed':
      // The batch does not record where it failed; one never started failed in the queue.
      return { current: batch.startedAt ? 1 : 0, status: 'error', percent: Math.floor(stagingEstimate(batch).fraction * 100), estimatedRows: null };
    default:
      return { current: 3, status: 'finish', percent: 100, estimatedRows: null };
  }
}

/** `responsibilities.lastBatchStatus` is typed as a plain string on the wire. */
export function isBatchStatus(value: string | null): value is BatchStatus {
  return value !== null && Object.hasOwn(BATCH_STATUS_COLORS, value);
}
