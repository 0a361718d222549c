import { type DbHandle } from '@zhijian/db';
import { getBatch, iterateRejects } from '@zhijian/ingest';
import { CliError } from './output';

export interface BatchOutcome {
  batchId: string;
  status: 'loaded' | 'failed';
  rows: { read: number; loaded: number; rejected: number };
  rejects: Array<{ row: number; errors: Array<{ field: string; code: string; message: string }> }>;
  error?: string;
}

/** Polls the batch until it is loaded or failed; draws a progress line on a terminal. */
export async function waitForBatch(handle: DbHandle, batchId: string, options: { progress: boolean; timeoutMs?: number }): Promise<BatchOutcome> {
  const deadline = Date.now() + (options.timeoutMs ?? 6 * 3600_000);
  for (;;) {
    const batch = await getBatch(handle.db, batchId);
    if (!batch) throw new CliError(`batch ${batchId} disappeared`);
    if (options.progress) process.stderr.write(`\r[${batch.status}] rows read ${batch.rowsRead}, rejected ${batch.rowsRejected}   `);
    if (batch.status === 'published' || batch.status === 'failed' || batch.status === 'rolled_back' || batch.status === 'superseded') {
      if (options.progress) process.stderr.write('\n');
      return {
        batchId,
        status: batch.status === 'failed' ? 'failed' : 'loaded',
        rows: { read: batch.rowsRead, loaded: batch.rowsLoaded, rejected: batch.rowsRejected },
        rejects: await allRejects(handle, batchId),
        ...(batch.error ? { error: batch.error } : {}),
      };
    }
    if (Date.now() > deadline) throw new CliError(`batch ${batchId} still ${batch.status} after waiting; check the worker`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function allRejects(handle: DbHandle, batchId: string): Promise<BatchOutcome['rejects']> {
  const out: BatchOutcome['rejects'] = [];
  for await (const reject of iterateRejects(handle.db, batchId)) out.push({ row: reject.rowNumber, errors: reject.errors });
  return out;
}
