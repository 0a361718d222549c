// The job ids of one staging run, derived from the reader's job id: a reader run again
// (retried, or taken over after its worker died) queues the same chunk jobs, which BullMQ
// then adds once; a batch staged again from the start (publish → 'restage') gets new ones.

export const chunkJobId = (stageJobId: string, afterRow: number) => `${stageJobId}-after-${afterRow}`;

/** `publish-<batchId>` for the usual run, so a publish queued by hand or by an earlier version is the same job. */
export const publishJobId = (stageJobId: string, batchId: string) =>
  stageJobId === `stage-${batchId}` ? `publish-${batchId}` : `publish-${stageJobId.replace(/^stage-/, '')}`;

/** BullMQ's highest priority number (lowest priority); 0 would put a chunk ahead of every reader and publish. */
const MAX_PRIORITY = 2_097_152;

/**
 * Chunks wait in the queue by their place in the file: a chunk sent back to wait for its
 * turn comes out again before the chunks after it, never behind them. Prioritized jobs
 * come after unprioritized ones, so readers and publishes of other batches go first.
 */
export const chunkPriority = (index: number) => Math.min(1 + index, MAX_PRIORITY);
