// Stage: read the delivered file, standardize every row, and COPY accepted rows into
// staging and rejected rows (with reasons) into rejects — in chunks, each committed with
// the batch's watermark, so a killed worker resumes after the last committed row and
// every row is staged or rejected exactly once.
import { createRowStandardizer, type DatasetSpec } from '@zhijian/catalog';
import { copyRows, type DbHandle, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { loadDatasetSpec } from '../catalogue/datasets';
import { openFeed } from '../readers';
import { storedFilePath } from '../storage/feed-store';
import { QualityCounter } from './quality-counter';
import { rowProblemError } from './row-problems';
import { type StagedRow, toStagedRow } from './staged-row';

export interface StageProgress {
  rowsRead: number;
  rowsRejected: number;
  bytesRead?: number;
}

export interface StageOptions {
  dataDir: string;
  chunkSize?: number;
  onProgress?: (progress: StageProgress) => void | Promise<void>;
}

export type StageOutcome = 'staged' | 'already_done';

interface RejectedRow {
  rowNumber: number;
  raw: Record<string, string | null>;
  errors: Array<{ field: string; code: string; message: string }>;
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
  const feed = await openFeed(storedFilePath(options.dataDir, batch.fileSha256), {
    format: (batch.format ?? undefined) as never,
    sheet: batch.sheet ?? undefined,
    fileName: batch.fileName,
  });
  const chunkSize = options.chunkSize ?? 20_000;
  const resumeAfter = batch.stagedThroughRow;
  const quality = QualityCounter.restore(batch.quality);
  let rowsRead = batch.rowsRead;
  let rowsRejected = batch.rowsRejected;
  let staged: StagedRow[] = [];
  let rejected: RejectedRow[] = [];
  let lastRow = resumeAfter;

  // One chunk is written while the next is read and standardized: the database and the
  // parser work at the same time instead of taking turns.
  let inFlight: Promise<void> = Promise.resolve();
  const writeChunk = async (chunk: { staged: StagedRow[]; rejected: RejectedRow[]; lastRow: number; rowsRead: number; rowsRejected: number; quality: string }) => {
    const client = await handle.pool.connect();
    try {
      await client.query('begin');
      await copyRows(
        client,
        'staged_rows',
        ['batch_id', 'row_number', 'attrs', 'subject_type', 'subject_key', 'subject_name', 'subject_role', 'subjects', 'relations', 'valid_from', 'valid_to'],
        chunk.staged.map((row) => [
          batchId,
          row.rowNumber,
          row.attrsJson,
          row.subject?.type ?? null,
          row.subject?.key ?? null,
          row.subject?.name ?? null,
          row.subject?.role ?? null,
          row.subjects,
          row.relations,
          row.validFrom,
          row.validTo,
        ]),
      );
      await copyRows(client, 'rejects', ['batch_id', 'row_number', 'raw', 'errors'], chunk.rejected.map((row) => [batchId, row.rowNumber, row.raw, row.errors]));
      // The watermark moves in the same transaction as the rows: a retry resumes exactly after them.
      await client.query('update batches set staged_through_row = $2, rows_read = $3, rows_rejected = $4, quality = $5 where id = $1', [
        batchId,
        chunk.lastRow,
        chunk.rowsRead,
        chunk.rowsRejected,
        chunk.quality,
      ]);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await options.onProgress?.({ rowsRead: chunk.rowsRead, rowsRejected: chunk.rowsRejected });
  };
  const flush = async () => {
    if (staged.length === 0 && rejected.length === 0) return;
    const chunk = { staged, rejected, lastRow, rowsRead, rowsRejected, quality: JSON.stringify(quality.snapshot()) };
    staged = [];
    rejected = [];
    await inFlight;
    inFlight = writeChunk(chunk);
    // Surface a failed write at the next flush at the latest; never leave it unobserved.
    inFlight.catch(() => undefined);
  };

  try {
    const mapping = batch.mapping ?? {};
    const standardize = createRowStandardizer(spec, mapping, feed.headers);
    const rawOf = (values: Array<string | null>) => Object.fromEntries(feed.headers.map((header, i) => [header, values[i] ?? null]));
    for await (const row of feed.rows) {
      if (row.rowNumber <= resumeAfter) continue;
      rowsRead++;
      lastRow = row.rowNumber;
      const problem = row.problem ? rowProblemError(row.problem) : null;
      const result = problem ? { ok: false as const, errors: [problem] } : standardize(row.values, row.rowNumber);
      if (result.ok) {
        quality.countAccepted(result.values);
        const stagedRow = toStagedRow(spec, row.rowNumber, result.values);
        quality.countContent(stagedRow.attrsJson);
        staged.push(stagedRow);
      } else {
        rowsRejected++;
        quality.countRejected(result.errors);
        rejected.push({
          rowNumber: row.rowNumber,
          raw: rawOf(row.values),
          errors: result.errors.map((e) => ({ field: e.field, code: e.code, message: e.message })),
        });
      }
      if (staged.length + rejected.length >= chunkSize) await flush();
    }
    await flush();
    await inFlight;
  } finally {
    await feed.close();
  }
  await db.update(schema.batches).set({ status: 'publishing' }).where(eq(schema.batches.id, batchId));
  return 'staged';
}
