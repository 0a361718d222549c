import { FeedReadError, recordStagingProgress, stageBatch, StagingTakenOverError } from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { failBatch, isLastAttempt } from './batch-failure';
import type { JobHandler } from './types';

/** Stage a delivered file, then hand the batch to publish. Resumes after the last committed chunk. */
export const ingestStage: JobHandler<'ingest.stage'> = async ({ batchId }, ctx) => {
  try {
    const started = performance.now();
    const outcome = await stageBatch(ctx.database, batchId, {
      dataDir: ctx.dataDir,
      limits: ctx.feedLimits,
      // The job's progress for queue tooling; the batch row for the console and `ingest --wait`.
      onProgress: async (progress) => {
        await ctx.job.updateProgress({ stage: 'staging', ...progress });
        if (progress.bytesRead !== undefined) await recordStagingProgress(ctx.db, batchId, progress.bytesRead);
      },
    });
    ctx.log.info({ batchId, outcome, ms: Math.round(performance.now() - started) }, 'batch staged');
    await enqueue(ctx.queues, 'ingest.publish', { batchId }, { jobId: `publish-${batchId}` });
    return { outcome };
  } catch (error) {
    // A file that cannot be read will not read better on a retry.
    if (error instanceof FeedReadError) return failBatch(ctx, batchId, error, { retry: false });
    // Another run of this batch is staging it: that run finishes the batch, so never mark it failed.
    if (error instanceof StagingTakenOverError) throw error;
    if (isLastAttempt(ctx.job)) await failBatch(ctx, batchId, error, { retry: true });
    throw error;
  }
};
