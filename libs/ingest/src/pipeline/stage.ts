// Stage: read the delivered file, standardize every row, and write accepted rows straight
// into the library as records of resolved subjects (with their links and relations), and
// rejected rows (with reasons) into rejects — in chunks, each committed with the batch's
// watermark, so a killed worker resumes after the last committed row and every row is
// loaded or rejected exactly once. The records stay invisible until publish flips the
// batch to 'published' (see docs/ARCHITECTURE.md, "Visibility").
import { createRowStandardizer, type DatasetSpec } from '@zhijian/catalog';
import { type DbHandle, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { loadDatasetSpec } from '../catalogue/datasets';
import { type FeedLimits, FeedReadError, openFeed, resolveFeedLimits } from '../readers';
import { storedFilePath } from '../storage/feed-store';
import { QualityCounter } from './quality-counter';
import { ChunkContext, RecordChunk } from './record-chunk';
import { cellProblem, rawCell, rowProblemError } from './row-problems';
import { SubjectResolver } from './subject-resolver';

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

export async function stageBatch(handle: DbHandle, batchId: string, options: StageOptions): Promise<StageOutcome> {
  const { db } = handle;
  const [batch] = await db.select().from(schema.batches).where(eq(schema.batches.id, batchId));
  if (!batch) throw new Error(`batch ${batchId} not found`);
  if (batch.status !== 'queued' && batch.status !== 'staging') return 'already_done';

  await db
    .update(schema.batches)
    .set({ status: 'staging', startedAt: batch.startedAt ?? new Date(), error: null })
    .where(eq(schema.batches.id, batchId));

  const spec: DatasetSpec = await loadDatasetSpec(db, batch.datasetCode, batch.datasetVersion);
  const limits = resolveFeedLimits(options.limits);
  const feed = await openFeed(storedFilePath(options.dataDir, batch.fileSha256), {
    format: (batch.format ?? undefined) as never,
    sheet: batch.sheet ?? undefined,
    fileName: batch.fileName,
    limits,
  });
  const chunkSize = options.chunkSize ?? 20_000;
  const resumeAfter = batch.stagedThroughRow;
  const quality = QualityCounter.restore(batch.quality);
  const context = new ChunkContext(spec, batchId, new SubjectResolver());
  let rowsRead = batch.rowsRead;
  let rowsRejected = batch.rowsRejected;
  let chunk = new RecordChunk(context);
  let lastRow = resumeAfter;

  // One chunk is written while the next is read and standardized: the database and the
  // parser work at the same time instead of taking turns.
  let inFlight: Promise<void> = Promise.resolve();
  // The watermark this run last committed: a chunk commits only if the batch still stands there.
  let committedThrough = resumeAfter;
  const writeChunk = async (pending: { chunk: RecordChunk; lastRow: number; rowsRead: number; rowsRejected: number; quality: string; bytesRead: number }) => {
    const client = await handle.pool.connect();
    try {
      await client.query('begin');
      // A database crash may lose the last chunks committed, but never half of one: their
      // rows and the watermark go together, and the retry reads them again.
      await client.query('set local synchronous_commit = off');
      await pending.chunk.write(client);
      // The watermark moves in the same transaction as the rows: a retry resumes exactly after them.
      // Fenced on the previous watermark: a job BullMQ took for stalled (its lock lapsed while
      // Redis was away) may still be staging next to its retry; the second writer of a chunk
      // finds the watermark moved, rolls back and stops, so no row is written twice.
      const moved = await client.query(
        'update batches set staged_through_row = $2, rows_read = $3, rows_rejected = $4, quality = $5 where id = $1 and staged_through_row = $6',
        [batchId, pending.lastRow, pending.rowsRead, pending.rowsRejected, pending.quality, committedThrough],
      );
      if (moved.rowCount !== 1) throw new StagingTakenOverError(batchId);
      await client.query('commit');
      committedThrough = pending.lastRow;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      // The other run got there first with these very rows (one record per batch and row).
      if ((error as { constraint?: string }).constraint === 'records_batch_id_row_number_index') throw new StagingTakenOverError(batchId);
      throw error;
    } finally {
      client.release();
    }
    await options.onProgress?.({ rowsRead: pending.rowsRead, rowsRejected: pending.rowsRejected, bytesRead: pending.bytesRead });
  };
  const flush = async () => {
    if (chunk.size === 0) return;
    // bytesRead as the chunk is cut, so it matches its rows (the parser runs on while it is written).
    const pending = { chunk, lastRow, rowsRead, rowsRejected, quality: JSON.stringify(quality.snapshot()), bytesRead: feed.bytesRead() };
    chunk = new RecordChunk(context);
    await inFlight;
    inFlight = writeChunk(pending);
    // Surface a failed write at the next flush at the latest; never leave it unobserved.
    inFlight.catch(() => undefined);
  };

  try {
    const mapping = batch.mapping ?? {};
    const standardize = createRowStandardizer(spec, mapping, feed.headers);
    const rawOf = (values: Array<string | null>) =>
      Object.fromEntries(feed.headers.map((header, i) => [header, rawCell(values[i] ?? null, limits.maxCellBytes)]));
    for await (const row of feed.rows) {
      if (row.rowNumber <= resumeAfter) continue;
      rowsRead++;
      // Counted as rows stream by: the file fails before it is read to its end.
      if (rowsRead > limits.maxRows) {
        throw new FeedReadError(
          'feed.too_many_rows',
          `文件超过 ${limits.maxRows} 行 / the file has more than ${limits.maxRows} data rows (FEED_MAX_ROWS)`,
          { rowNumber: row.rowNumber },
        );
      }
      lastRow = row.rowNumber;
      const rowProblem = row.problem ?? cellProblem(row.values, limits.maxCellBytes);
      const problem = rowProblem ? rowProblemError(rowProblem) : null;
      const result = problem ? { ok: false as const, errors: [problem] } : standardize(row.values, row.rowNumber);
      if (result.ok) {
        quality.countAccepted(result.values);
        const attrsJson = JSON.stringify(result.values);
        quality.countContent(attrsJson);
        chunk.addRecord(row.rowNumber, result.values, attrsJson);
      } else {
        rowsRejected++;
        quality.countRejected(result.errors);
        chunk.addRejected({
          rowNumber: row.rowNumber,
          raw: rawOf(row.values),
          errors: result.errors.map((e) => ({ field: e.field, code: e.code, message: e.message })),
        });
      }
      if (chunk.size >= chunkSize) await flush();
    }
    await flush();
    await inFlight;
  } finally {
    await feed.close();
  }
  await db.update(schema.batches).set({ status: 'publishing' }).where(eq(schema.batches.id, batchId));
  return 'staged';
}
