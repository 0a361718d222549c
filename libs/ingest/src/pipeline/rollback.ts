import type { DbHandle } from '@zhijian/db';
import { removeBatchFacts } from './remove-facts';

export class BatchStateError extends Error {}

/** Takes a published batch's facts out of the library; the batch and its rejects stay for the record. */
export async function rollbackBatch(handle: DbHandle, batchId: string): Promise<{ recordsRemoved: number }> {
  const client = await handle.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ status: string }>('select status from batches where id = $1 for update', [batchId]);
    const status = rows[0]?.status;
    if (!status) throw new BatchStateError(`批次不存在 / batch not found: ${batchId}`);
    if (status === 'rolled_back') {
      await client.query('rollback');
      return { recordsRemoved: 0 };
    }
    if (status !== 'published' && status !== 'failed' && status !== 'queued') {
      throw new BatchStateError(`批次正在处理（${status}），请稍后再回滚 / batch is ${status}; roll back once it has finished`);
    }
    const recordsRemoved = await removeBatchFacts(client, batchId);
    await client.query('delete from staged_rows where batch_id = $1', [batchId]);
    await client.query("update batches set status = 'rolled_back', finished_at = now() where id = $1", [batchId]);
    await client.query('commit');
    return { recordsRemoved };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
