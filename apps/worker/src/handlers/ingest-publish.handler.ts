import { publishBatch } from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { failBatch, isLastAttempt } from './batch-failure';
import type { JobHandler } from './types';

/** Resolve subjects and publish the staged rows into the library, in one transaction. */
export const ingestPublish: JobHandler<'ingest.publish'> = async ({ batchId }, ctx) => {
  try {
    await ctx.job.updateProgress({ stage: 'publishing' });
    const started = performance.now();
    const outcome = await publishBatch(ctx.database, batchId);
    ctx.log.info({ batchId, outcome, ms: Math.round(performance.now() - started) }, 'batch published');
    if (outcome === 'restage') {
      // Staging lost rows (database crash); read the file again from the start.
      await enqueue(ctx.queues, 'ingest.stage', { batchId }, { jobId: `stage-${batchId}-${Date.now()}` });
    }
    return { outcome };
  } catch (error) {
    if (isLastAttempt(ctx.job)) await failBatch(ctx, batchId, error, { retry: true });
    throw error;
  }
};
