import { publishBatch } from '@zhijian/ingest';
import { failBatch, isLastAttempt } from './batch-failure';
import type { JobHandler } from './types';

/** Resolve subjects and publish the staged rows into the library, in one transaction. */
export const ingestPublish: JobHandler<'ingest.publish'> = async ({ batchId }, ctx) => {
  try {
    await ctx.job.updateProgress({ stage: 'publishing' });
    return { outcome: await publishBatch(ctx.database, batchId) };
  } catch (error) {
    if (isLastAttempt(ctx.job)) await failBatch(ctx, batchId, error, { retry: true });
    throw error;
  }
};
