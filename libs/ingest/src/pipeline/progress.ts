// Row-level progress of a running batch: staging reports how far into the file it has
// read, so the console and the CLI show a real percentage and an estimate of the rows.
// Each chunk records `batches.bytes_read` in the transaction that commits its rows.

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
