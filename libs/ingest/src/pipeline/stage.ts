// Stage: read the delivered file, standardize every row, and write accepted rows straight
// into the library as records of resolved subjects (with their links and relations), and
// rejected rows (with reasons) into rejects — in chunks, each committed in file order with
// the batch's watermark, so a killed worker resumes after the last committed row and every
// row is loaded or rejected exactly once. The records stay invisible until publish flips the
// batch to 'published' (see docs/ARCHITECTURE.md, "Visibility").
//
// The worker splits this across processes: `ingest.stage` runs the reader
// (batch-reader.ts), and each chunk is an `ingest.stage_chunk` job any worker takes
// (chunk-job.ts). `stageBatch` does all of it in one process, for tests, tools and benchmarks.
import type { DbHandle } from '@zhijian/db';
import type { FeedLimits } from '../readers';
import { readBatchChunks } from './batch-reader';
import { removeBatchChunks } from './chunk-files';
import { commitChunk } from './chunk-commit';
import { loadStagingPlan, PreparedChunk, type StagingPlan } from './chunk-prepare';

export interface StageProgress {
  rowsRead: number;
  rowsRejected: number;
  bytesRead?: number;
}

export interface StageOptions {
  dataDir: string;
  chunkSize?: number;
  onProgress?: (progress: StageProgress) => void | Promise<void>;
  /** Row, cell, column and workbook limits (FEED_MAX_ROWS…); unset ones take the defaults. */
  limits?: Partial<FeedLimits>;
}

export type StageOutcome = 'staged' | 'already_done';

/** Another run of the same batch committed first; this one stops (its job is retried or dropped). */
export class StagingTakenOverError extends Error {
  constructor(readonly batchId: string) {
    super(`batch ${batchId}: staging continued by another run`);
  }
}

/** How long a chunk staged in-process waits for its turn (only another run of the batch can hold it up). */
const IN_PROCESS_WAIT_MS = 60_000;

/** Stages the whole batch in this process: each chunk is standardized while the one before is written. */
export async function stageBatch(handle: DbHandle, batchId: string, options: StageOptions): Promise<StageOutcome> {
  let plan: StagingPlan | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const commit = async (prepared: PreparedChunk) => {
    const result = await commitChunk(handle, prepared, { dataDir: options.dataDir, deadline: Date.now() + IN_PROCESS_WAIT_MS });
    if (result.outcome !== 'committed') throw new StagingTakenOverError(batchId);
    await options.onProgress?.({ rowsRead: result.rowsRead, rowsRejected: result.rowsRejected, bytesRead: result.bytesRead });
  };
  const read = await readBatchChunks(handle, batchId, {
    dataDir: options.dataDir,
    chunkRows: options.chunkSize,
    limits: options.limits,
    onChunk: async (chunk) => {
      plan ??= await loadStagingPlan(handle, options.dataDir, batchId, chunk.headers);
      const prepared = new PreparedChunk(plan, chunk);
      await inFlight;
      inFlight = commit(prepared);
      // Surfaces at the next chunk or the end at the latest; never left unobserved.
      inFlight.catch(() => undefined);
    },
  }).catch(async (error: unknown) => {
    // The chunk being written may have failed first: that is the error to report.
    await inFlight;
    throw error;
  });
  await inFlight;
  if (read.outcome === 'already_done') return 'already_done';
  await removeBatchChunks(options.dataDir, batchId);
  return 'staged';
}
