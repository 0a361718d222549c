import os from 'node:os';
import { type ChunkOutcome, stageChunkFile, stagingStalledAt } from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { DelayedError } from 'bullmq';
import { failBatch, isLastAttempt } from './batch-failure';
import { publishJobId } from './staging-jobs';
import type { JobHandler } from './types';

/** How long a chunk waits for its turn before it lets another job have the worker. */
const TURN_WAIT_MS = 20_000;
const REQUEUE_DELAY_MS = 250;

/** Which process staged a chunk, in its job's return value (the proof that a batch was split). */
const WORKER_ID = `${os.hostname()}/${process.pid}`;

/** Stages one chunk of a batch (any worker process may take any chunk); the last one hands the batch to publish. */
export const ingestStageChunk: JobHandler<'ingest.stage_chunk'> = async ({ stageJobId, ...ref }, ctx) => {
  let staged: ChunkOutcome;
  try {
    staged = await stageChunkFile(ctx.database, ref, { dataDir: ctx.dataDir, waitMs: TURN_WAIT_MS });
  } catch (error) {
    if (isLastAttempt(ctx.job)) await failBatch(ctx, ref.batchId, error, { retry: true });
    throw error;
  }
  if (staged.outcome === 'waiting') {
    const stalledAt = await stagingStalledAt(ctx.database, ref, ctx.dataDir);
    if (stalledAt !== null) {
      // Read again from the watermark (at most once a minute however many chunks notice).
      const jobId = `stage-${ref.batchId}-from-${stalledAt}-${Math.floor(Date.now() / 60_000)}`;
      ctx.log.warn({ batchId: ref.batchId, stalledAt }, 'staging lost committed chunks; reading the file again from the watermark');
      await enqueue(ctx.queues, 'ingest.stage', { batchId: ref.batchId }, { jobId });
    }
    // Back to the queue without using an attempt; its priority brings it out before the chunks after it.
    await ctx.job.moveToDelayed(Date.now() + REQUEUE_DELAY_MS, ctx.token);
    throw new DelayedError();
  }
  if (staged.outcome === 'committed') {
    await ctx.job.updateProgress({ stage: 'staging', rowsRead: staged.rowsRead, rowsRejected: staged.rowsRejected, bytesRead: staged.bytesRead });
    ctx.log.debug({ batchId: ref.batchId, afterRow: ref.afterRow, lastRow: ref.lastRow }, 'chunk committed');
  }
  // The last chunk committed (now, or by a run that died before it queued publish).
  const stagingEnded = staged.outcome === 'committed' || staged.status === 'publishing';
  if (ref.final && stagingEnded) await enqueue(ctx.queues, 'ingest.publish', { batchId: ref.batchId }, { jobId: publishJobId(stageJobId, ref.batchId) });
  return { outcome: staged.outcome, worker: WORKER_ID };
};
