// The reading half of staging: streams the delivered file from the batch's watermark,
// enforces the row limit as rows stream by, and cuts the rows into chunks of `chunkRows`
// (boundaries follow from the watermark alone, so a reader run again cuts the same chunks).
// Each chunk goes to `onChunk` — the worker writes it to a file and queues it for any
// worker to stage; staging in one process hands it straight on.
import { type DbHandle, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { type FeedLimits, FeedReadError, openFeed, resolveFeedLimits } from '../readers';
import { storedFilePath } from '../storage/feed-store';
import type { RawChunk, RawRow } from './chunk-files';
import { cellProblem, rawCell } from './row-problems';

export const DEFAULT_CHUNK_ROWS = 20_000;

export interface ReadChunksOptions {
  dataDir: string;
  chunkRows?: number;
  /** Row, cell, column and workbook limits (FEED_MAX_ROWS…); unset ones take the defaults. */
  limits?: Partial<FeedLimits>;
  /** Each chunk in file order, once the row after it (or the end of the file) was read. */
  onChunk: (chunk: RawChunk) => Promise<void>;
}

export type ReadOutcome =
  | { outcome: 'already_done' }
  /** Chunks handed on; the last one ends staging when it commits. */
  | { outcome: 'chunked'; chunks: number }
  /** No row after the watermark: the batch went straight to 'publishing'. */
  | { outcome: 'empty' };

export async function readBatchChunks(handle: DbHandle, batchId: string, options: ReadChunksOptions): Promise<ReadOutcome> {
  const { db } = handle;
  const [batch] = await db.select().from(schema.batches).where(eq(schema.batches.id, batchId));
  if (!batch) throw new Error(`batch ${batchId} not found`);
  if (batch.status !== 'queued' && batch.status !== 'staging') return { outcome: 'already_done' };
  await db
    .update(schema.batches)
    .set({ status: 'staging', startedAt: batch.startedAt ?? new Date(), error: null })
    .where(eq(schema.batches.id, batchId));

  const limits = resolveFeedLimits(options.limits);
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const feed = await openFeed(storedFilePath(options.dataDir, batch.fileSha256), {
    format: (batch.format ?? undefined) as never,
    sheet: batch.sheet ?? undefined,
    fileName: batch.fileName,
    limits,
  });
  const resumeAfter = batch.stagedThroughRow;
  let rowsRead = batch.rowsRead;
  let chunks = 0;
  let rows: RawRow[] = [];
  let afterRow = resumeAfter;
  let lastRow = resumeAfter;
  let bytesRead = 0;
  const handOn = async (final: boolean) => {
    const chunk: RawChunk = { batchId, afterRow, lastRow, final, headers: feed.headers, rows, bytesRead: final ? feed.bytesRead() : bytesRead };
    rows = [];
    afterRow = lastRow;
    chunks++;
    await options.onChunk(chunk);
  };
  try {
    for await (const row of feed.rows) {
      if (row.rowNumber <= resumeAfter) continue;
      // A full chunk is handed on once a row follows it: the last chunk is known as such.
      if (rows.length >= chunkRows) await handOn(false);
      rowsRead++;
      // Counted as rows stream by: the file fails before it is read to its end.
      if (rowsRead > limits.maxRows) {
        throw new FeedReadError(
          'feed.too_many_rows',
          `文件超过 ${limits.maxRows} 行 / the file has more than ${limits.maxRows} data rows (FEED_MAX_ROWS)`,
          { rowNumber: row.rowNumber },
        );
      }
      const problem = row.problem ?? cellProblem(row.values, limits.maxCellBytes);
      rows.push(problem ? [row.rowNumber, row.values.map((value) => rawCell(value, limits.maxCellBytes)), problem] : [row.rowNumber, row.values]);
      lastRow = row.rowNumber;
      // As the chunk is cut, so the progress it records matches its rows.
      if (rows.length === chunkRows) bytesRead = feed.bytesRead();
    }
    if (rows.length > 0) await handOn(true);
  } finally {
    await feed.close();
  }
  if (chunks > 0) return { outcome: 'chunked', chunks };
  // Nothing (more) to stage: a file without data rows, or one whose last chunk committed
  // before the batch left 'staging' (staging of an earlier version ended that way).
  await handle.pool.query("update batches set status = 'publishing' where id = $1 and status = 'staging' and staged_through_row = $2", [batchId, resumeAfter]);
  return { outcome: 'empty' };
}
