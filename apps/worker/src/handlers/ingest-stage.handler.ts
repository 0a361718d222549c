import { FeedReadError, readBatchChunks, writeChunkRows } from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { failBatch, isLastAttempt } from './batch-failure';
import { chunkJobId, chunkPriority, publishJobId } from './staging-jobs';
import type { JobHandler } from './types';

/**
 * The reader of a delivered file: from the batch's last committed row it cuts the rows into
 * chunks, leaves each in the shared data directory and queues it as `ingest.stage_chunk`,
 * for any worker process to stage (the last chunk to commit hands the batch to publish).
 */
export const ingestStage: JobHandler<'ingest.stage'> = async ({ batchId }, ctx) => {
  const stageJobId = ctx.job.id ?? `stage-${batchId}`;
  try {
    const started = performance.now();
    let index = 0;
    const read = await readBatchChunks(ctx.database, batchId, {
      dataDir: ctx.dataDir,
      limits: ctx.feedLimits,
      chunkRows: ctx.chunkRows,
      onChunk: async (chunk) => {
        await writeChunkRows(ctx.dataDir, chunk);
        const { afterRow, lastRow, final } = chunk;
        await enqueue(
          ctx.queues,
          'ingest.stage_chunk',
          { batchId, afterRow, lastRow, final, stageJobId },
          { jobId: chunkJobId(stageJobId, afterRow), priority: chunkPriority(index++) },
        );
        await ctx.job.updateProgress({ stage: 'reading', chunks: index, throughRow: lastRow, bytesRead: chunk.bytesRead });
      },
    });
    ctx.log.info({ batchId, ...read, ms: Math.round(performance.now() - started) }, 'batch read into chunks');
    // Nothing was left to stage (or the batch was staged already): publish decides.
    if (read.outcome !== 'chunked') await enqueue(ctx.queues, 'ingest.publish', { batchId }, { jobId: publishJobId(stageJobId, batchId) });
    return read;
  } catch (error) {
    // A file that cannot be read will not read better on a retry.
    if (error instanceof FeedReadError) return failBatch(ctx, batchId, error, { retry: false });
    if (isLastAttempt(ctx.job)) await failBatch(ctx, batchId, error, { retry: true });
    throw error;
  }
};
