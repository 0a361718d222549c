// Row-level progress of a running batch: staging reports how far into the file it has
// read, so the console and the CLI show a real percentage and an estimate of the rows.
import { type Db, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';

/** Called by the worker after each committed chunk (the rows themselves are counted with the watermark). */
export async function recordStagingProgress(db: Db, batchId: string, bytesRead: number): Promise<void> {
  await db.update(schema.batches).set({ bytesRead }).where(eq(schema.batches.id, batchId));
}

export interface StagingEstimate {
  /** 0–1: bytes read of the file's size. */
  fraction: number;
  /** Rows the whole file probably holds, from the rows read per byte so far; null before any. */
  estimatedRows: number | null;
}

export function stagingEstimate(batch: { fileSize: number; bytesRead: number; rowsRead: number }): StagingEstimate {
  if (batch.fileSize <= 0 || batch.bytesRead <= 0) return { fraction: 0, estimatedRows: null };
  const fraction = Math.min(1, batch.bytesRead / batch.fileSize);
  const estimatedRows = batch.rowsRead > 0 ? Math.max(batch.rowsRead, Math.round(batch.rowsRead / fraction)) : null;
  return { fraction, estimatedRows };
}
