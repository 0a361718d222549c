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
  percent: number;
}

export function deliveryProgress(batch: { status: BatchStatus; startedAt: unknown; rowsRead: number }): DeliveryProgress {
  switch (batch.status) {
    case 'queued':
      return { current: 0, status: 'process', percent: 5 };
    case 'staging':
      return { current: 1, status: 'process', percent: 35 };
    case 'publishing':
      return { current: 2, status: 'process', percent: 75 };
    case 'failed':
      // The batch does not record where it failed; one never started failed in the queue.
      return { current: batch.startedAt ? 1 : 0, status: 'error', percent: batch.startedAt ? 35 : 5 };
    default:
      return { current: 3, status: 'finish', percent: 100 };
  }
}

/** `responsibilities.lastBatchStatus` is typed as a plain string on the wire. */
export function isBatchStatus(value: string | null): value is BatchStatus {
  return value !== null && Object.hasOwn(BATCH_STATUS_COLORS, value);
}
