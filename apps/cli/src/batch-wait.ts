import { type DbHandle } from '@zhijian/db';
import { getBatch, iterateRejects, stagingEstimate } from '@zhijian/ingest';
import { CliError } from './output';

export interface BatchOutcome {
  batchId: string;
  status: 'loaded' | 'failed';
  rows: { read: number; loaded: number; rejected: number };
  rejects: Array<{ row: number; errors: Array<{ field: string; code: string; message: string }> }>;
  error?: string;
}

/** One progress line: rows read of the rows estimated from the bytes read, and the stage's %. */
export function progressLine(batch: { status: string; fileSize: number; bytesRead: number; rowsRead: number; rowsRejected: number }): string {
  if (batch.status !== 'staging') return `[${batch.status}] rows read ${batch.rowsRead}, rejected ${batch.rowsRejected}`;
  const { fraction, estimatedRows } = stagingEstimate(batch);
  const of = estimatedRows === null ? '' : ` of ~${estimatedRows}`;
  return `[staging ${Math.floor(fraction * 100)}%] rows read ${batch.rowsRead}${of}, rejected ${batch.rowsRejected}`;
}

/**
 * Polls the batch until it is loaded or failed. With `progress`, a terminal gets one line
 * redrawn in place; a pipe or log gets a new line whenever the progress changes.
 */
export async function waitForBatch(handle: DbHandle, batchId: string, options: { progress: boolean; tty?: boolean; timeoutMs?: number }): Promise<BatchOutcome> {
  const deadline = Date.now() + (options.timeoutMs ?? 6 * 3600_000);
  let lastLine = '';
  for (;;) {
    const batch = await getBatch(handle.db, batchId);
    if (!batch) throw new CliError(`batch ${batchId} disappeared`);
    const line = progressLine(batch);
    if (options.progress && line !== lastLine) process.stderr.write(options.tty ? `\r${line.padEnd(lastLine.length)}` : `${line}\n`);
    lastLine = line;
    if (batch.status === 'published' || batch.status === 'failed' || batch.status === 'rolled_back' || batch.status === 'superseded') {
      if (options.progress && options.tty) process.stderr.write('\n');
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
