import { schema } from '@zhijian/db';
import { FeedReadError, removeBatchChunks } from '@zhijian/ingest';
import { type Job, UnrecoverableError } from 'bullmq';
import { eq } from 'drizzle-orm';
import type { HandlerContext } from './types';

export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** Marks the batch failed with the error, so stewards see why; with `retry: false` BullMQ stops retrying. */
export async function failBatch(ctx: HandlerContext, batchId: string, error: unknown, options: { retry: boolean }): Promise<never> {
  // A file's own error keeps its code with the message: the steward can quote it, tooling can match it.
  const message = error instanceof FeedReadError ? `${error.message} [${error.code}]` : error instanceof Error ? error.message : String(error);
  await ctx.db.update(schema.batches).set({ status: 'failed', error: message, finishedAt: new Date() }).where(eq(schema.batches.id, batchId));
  // Chunks still queued find the batch failed and stop; their rows and ledgers are not needed.
  await removeBatchChunks(ctx.dataDir, batchId);
  ctx.log.warn({ batchId, err: error }, 'batch failed');
  if (!options.retry) throw new UnrecoverableError(message);
  throw error;
}
