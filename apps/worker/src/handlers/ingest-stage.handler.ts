import { FeedReadError, stageBatch } from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { failBatch, isLastAttempt } from './batch-failure';
import type { JobHandler } from './types';

/** Stage a delivered file, then hand the batch to publish. Resumes after the last committed chunk. */
export const ingestStage: JobHandler<'ingest.stage'> = async ({ batchId }, ctx) => {
  try {
    const started = performance.now();
    const outcome = await stageBatch(ctx.database, batchId, {
      dataDir: ctx.dataDir,
      onProgress: (progress) => ctx.job.updateProgress({ stage: 'staging', ...progress }),
    });
    ctx.log.info({ batchId, outcome, ms: Math.round(performance.now() - started) }, 'batch staged');
    await enqueue(ctx.queues, 'ingest.publish', { batchId }, { jobId: `publish-${batchId}` });
    return { outcome };
  } catch (error) {
    // A file that cannot be read will not read better on a retry.
    if (error instanceof FeedReadError) return failBatch(ctx, batchId, error, { retry: false });
    if (isLastAttempt(ctx.job)) await failBatch(ctx, batchId, error, { retry: true });
    throw error;
  }
};
