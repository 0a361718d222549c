// Reading batches back: the list, one batch with its quality report, and its rejects.
import { type Db, schema } from '@zhijian/db';
import { and, asc, desc, eq, gt } from 'drizzle-orm';

const batchColumns = {
  id: schema.batches.id,
  datasetCode: schema.batches.datasetCode,
  datasetVersion: schema.batches.datasetVersion,
  departmentCode: schema.departments.code,
  departmentName: schema.departments.name,
  fileName: schema.batches.fileName,
  fileSize: schema.batches.fileSize,
  fileSha256: schema.batches.fileSha256,
  format: schema.batches.format,
  sheet: schema.batches.sheet,
  status: schema.batches.status,
  rowsRead: schema.batches.rowsRead,
  bytesRead: schema.batches.bytesRead,
  stagedThroughRow: schema.batches.stagedThroughRow,
  rowsLoaded: schema.batches.rowsLoaded,
  rowsRejected: schema.batches.rowsRejected,
  uploadedVia: schema.batches.uploadedVia,
  supersedesBatchId: schema.batches.supersedesBatchId,
  error: schema.batches.error,
  createdAt: schema.batches.createdAt,
  startedAt: schema.batches.startedAt,
  finishedAt: schema.batches.finishedAt,
};

export type BatchSummary = Awaited<ReturnType<typeof listBatches>>[number];

export function listBatches(db: Db, options: { departmentId?: string; datasetCode?: string; limit?: number } = {}) {
  const filters = [
    options.departmentId ? eq(schema.batches.departmentId, options.departmentId) : undefined,
    options.datasetCode ? eq(schema.batches.datasetCode, options.datasetCode) : undefined,
  ].filter((f) => f !== undefined);
  return db
    .select(batchColumns)
    .from(schema.batches)
    .innerJoin(schema.departments, eq(schema.departments.id, schema.batches.departmentId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(schema.batches.createdAt))
    .limit(options.limit ?? 200);
}

export async function getBatch(db: Db, batchId: string) {
  const [batch] = await db
    .select({ ...batchColumns, departmentId: schema.batches.departmentId, mapping: schema.batches.mapping, quality: schema.batches.quality })
    .from(schema.batches)
    .innerJoin(schema.departments, eq(schema.departments.id, schema.batches.departmentId))
    .where(eq(schema.batches.id, batchId));
  return batch;
}

/** Every reject of a batch in row order, read page by page so a large batch never sits in memory. */
export async function* iterateRejects(db: Db, batchId: string, pageSize = 5000) {
  let afterRow = 0;
  for (;;) {
    const page = await batchRejects(db, batchId, { afterRow, limit: pageSize });
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    afterRow = last.rowNumber;
  }
}

/** Rejects in row order, paged by row number so that a large batch streams in pages. */
export function batchRejects(db: Db, batchId: string, options: { afterRow?: number; limit?: number } = {}) {
  return db
    .select({ rowNumber: schema.rejects.rowNumber, raw: schema.rejects.raw, errors: schema.rejects.errors })
    .from(schema.rejects)
    .where(and(eq(schema.rejects.batchId, batchId), gt(schema.rejects.rowNumber, options.afterRow ?? 0)))
    .orderBy(asc(schema.rejects.rowNumber))
    .limit(options.limit ?? 1000);
}
