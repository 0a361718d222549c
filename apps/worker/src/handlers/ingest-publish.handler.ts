import { refreshAnalysis } from '@zhijian/analysis';
import { publishBatch, removeBatchChunks } from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { refreshSearchTerms } from '@zhijian/query';
import { failBatch, isLastAttempt } from './batch-failure';
import type { HandlerContext, JobHandler } from './types';

/** Make a staged batch's facts visible (one short transaction), then everything that follows the library. */
export const ingestPublish: JobHandler<'ingest.publish'> = async ({ batchId }, ctx) => {
  try {
    await ctx.job.updateProgress({ stage: 'publishing' });
    const started = performance.now();
    const outcome = await publishBatch(ctx.database, batchId);
    ctx.log.info({ batchId, outcome, ms: Math.round(performance.now() - started) }, 'batch published');
    // Staging is over (or starts again from the first row): its chunk files are not needed.
    if (outcome !== 'not_ready') await removeBatchChunks(ctx.dataDir, batchId);
    if (outcome === 'published' || outcome === 'already_done') {
      // The query system's search index and the analysis summaries follow the library; then
      // the models collide the new facts. All are idempotent, so a retried publish job catches up.
      const datasetCode = await batchDataset(ctx, batchId);
      await refreshSearchTerms(ctx.database, batchId);
      await refreshAnalysis(ctx.database, datasetCode);
      // "比对—预警—推送": every model reading the dataset runs as soon as it is published.
      if (datasetCode) await enqueue(ctx.queues, 'warning.run', { trigger: 'batch', batchId, datasetCode }, { jobId: `warn-${batchId}` });
    }
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

/** The dataset a batch delivered ('' when the batch is gone). */
async function batchDataset(ctx: HandlerContext, batchId: string): Promise<string> {
  const { rows } = await ctx.database.pool.query<{ dataset_code: string }>('select dataset_code from batches where id = $1', [batchId]);
  return rows[0]?.dataset_code ?? '';
}
