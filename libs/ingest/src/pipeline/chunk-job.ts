// Staging one chunk the reader left in the data directory, in whichever worker process
// takes its job: standardize its rows, write them next to the chunk before it, commit at
// its turn (chunk-commit.ts). A chunk whose turn is far off waits without standardizing,
// so the processor time goes to the chunks that will commit soonest.
import type { DbHandle } from '@zhijian/db';
import { type ChunkRef, hasChunkRowsAfter, readChunkRows, removeChunkRows } from './chunk-files';
import { batchPosition, chunkSettled, type ChunkOutcome, commitChunk, waitForPosition, withinChunks } from './chunk-commit';
import { loadStagingPlan, PreparedChunk, type StagingPlan } from './chunk-prepare';

export interface StageChunkOptions {
  dataDir: string;
  /** How long the job may wait for the chunk's turn before it goes back to the queue (ms). */
  waitMs: number;
  /** Chunks ahead of the watermark that are standardized while they wait (default 2). */
  prepareAhead?: number;
}

/** Plans by batch, so a worker standardizing many chunks of a batch compiles its mapping once. */
const plans = new Map<string, StagingPlan>();
const MAX_PLANS = 8;

export async function stageChunkFile(handle: DbHandle, ref: ChunkRef, options: StageChunkOptions): Promise<ChunkOutcome> {
  const deadline = Date.now() + options.waitMs;
  const span = Math.max(1, ref.lastRow - ref.afterRow);
  const ahead = options.prepareAhead ?? 2;
  const near = await waitForPosition(handle.pool, ref.batchId, (p) => chunkSettled(p, ref.afterRow) || withinChunks(p, ref.afterRow, span, ahead), deadline);
  if (near === null) return { outcome: 'waiting' };
  if (chunkSettled(near, ref.afterRow)) return settled(options.dataDir, ref, near.status);

  const chunk = await readChunkRows(options.dataDir, ref);
  const plan = await planFor(handle, options.dataDir, ref.batchId, chunk.headers);
  const outcome = await commitChunk(handle, new PreparedChunk(plan, chunk), { dataDir: options.dataDir, deadline });
  if (outcome.outcome === 'committed') await removeChunkRows(options.dataDir, ref);
  if (outcome.outcome === 'already_done') return settled(options.dataDir, ref, outcome.status);
  return outcome;
}

async function settled(dataDir: string, ref: ChunkRef, status: string | null): Promise<ChunkOutcome> {
  await removeChunkRows(dataDir, ref);
  return { outcome: 'already_done', status };
}

async function planFor(handle: DbHandle, dataDir: string, batchId: string, headers: readonly string[]): Promise<StagingPlan> {
  const known = plans.get(batchId);
  if (known && known.dataDir === dataDir && known.headers.length === headers.length && known.headers.every((header, i) => header === headers[i])) return known;
  const plan = await loadStagingPlan(handle, dataDir, batchId, headers);
  plans.delete(batchId);
  plans.set(batchId, plan);
  for (const oldest of plans.keys()) {
    if (plans.size <= MAX_PLANS) break;
    plans.delete(oldest);
  }
  return plan;
}

/**
 * For a chunk still waiting for its turn: the watermark its batch is stuck at, when no chunk
 * left by the reader starts there — the chunk that did was committed and then lost in a
 * database crash (commits are asynchronous), so only reading the file again from the
 * watermark moves the batch on. Null while staging can go on by itself.
 */
export async function stagingStalledAt(handle: DbHandle, ref: ChunkRef, dataDir: string): Promise<number | null> {
  const position = await batchPosition(handle.pool, ref.batchId);
  if (chunkSettled(position, ref.afterRow) || position.stagedThroughRow === ref.afterRow) return null;
  // The reader writes chunks in file order: this chunk's file exists, so the one at the watermark was written too.
  if (await hasChunkRowsAfter(dataDir, ref.batchId, position.stagedThroughRow)) return null;
  // Unless that chunk committed (and removed its file) just now.
  const again = await batchPosition(handle.pool, ref.batchId);
  return again.status === position.status && again.stagedThroughRow === position.stagedThroughRow ? position.stagedThroughRow : null;
}
