// Submitting a delivery: the file is already in the store (by content hash); check the
// department is responsible for the dataset, settle the column mapping, and create the
// batch. The same file for the same dataset and department is recognized, not loaded twice.
import { stat } from 'node:fs/promises';
import { autoMapHeaders } from '@zhijian/catalog';
import { type DbHandle, schema } from '@zhijian/db';
import { and, eq, sql } from 'drizzle-orm';
import { loadDatasetSpec } from '../catalogue/datasets';
import { assertResponsible, departmentByCode } from '../catalogue/responsibilities';
import { type FeedFormat, type FeedLimits, openFeed } from '../readers';
import { storedFilePath } from '../storage/feed-store';

export class MappingError extends Error {
  constructor(
    message: string,
    readonly missingRequired: string[],
    readonly unknownFields: string[] = [],
  ) {
    super(message);
  }
}

export interface SubmitFeedInput {
  dataDir: string;
  sha256: string;
  fileName: string;
  datasetCode: string;
  departmentCode: string;
  /** Source header → standard field; overrides the saved and the automatic mapping. */
  mapping?: Record<string, string>;
  sheet?: string;
  format?: FeedFormat;
  uploadedBy?: string | null;
  uploadedVia: 'web' | 'cli' | 'api' | 'demo';
  supersedesBatchId?: string | null;
  /** Limits for reading the header (columns, sheets, unzipped size); unset ones take the defaults. */
  limits?: Partial<FeedLimits>;
}

export interface SubmitFeedResult {
  batchId: string;
  duplicate: boolean;
  mapping: Record<string, string>;
  unmapped: string[];
}

/** The mapping for a delivery: automatic, then the department's saved one, then the one given now. */
export async function settleMapping(handle: DbHandle, input: { departmentId: string; datasetCode: string; headers: string[]; mapping?: Record<string, string> }) {
  const spec = await loadDatasetSpec(handle.db, input.datasetCode);
  const [saved] = await handle.db
    .select({ mapping: schema.columnMappings.mapping })
    .from(schema.columnMappings)
    .where(and(eq(schema.columnMappings.departmentId, input.departmentId), eq(schema.columnMappings.datasetCode, input.datasetCode)));
  // A saved mapping is a suggestion for headers this file still has; the one given now is checked strictly.
  const savedForTheseHeaders = Object.fromEntries(Object.entries(saved?.mapping ?? {}).filter(([header]) => input.headers.includes(header)));
  const mapped = autoMapHeaders(spec, input.headers, { ...savedForTheseHeaders, ...(input.mapping ?? {}) });
  return { spec, ...mapped, mapping: { ...mapped.mapping } as Record<string, string>, unmapped: [...mapped.unmapped] };
}

export async function submitFeed(handle: DbHandle, input: SubmitFeedInput): Promise<SubmitFeedResult> {
  const { db } = handle;
  const department = await departmentByCode(db, input.departmentCode);
  await assertResponsible(db, department.id, department.code, input.datasetCode);
  const spec = await loadDatasetSpec(db, input.datasetCode);

  const feed = await openFeed(storedFilePath(input.dataDir, input.sha256), {
    format: input.format,
    sheet: input.sheet,
    fileName: input.fileName,
    limits: input.limits,
  });
  const headers = feed.headers;
  const format = feed.format;
  const sheet = feed.sheet;
  await feed.close();

  const settled = await settleMapping(handle, { departmentId: department.id, datasetCode: spec.code, headers, mapping: input.mapping });
  const problems = [
    settled.missingRequired.length ? `缺少必填字段 / required fields not mapped: ${settled.missingRequired.join(', ')}` : '',
    ...settled.missingOneOf.map((group) => `至少需要其中之一 / at least one of: ${group.join(' | ')}`),
    ...settled.errors.map((error) => error.message),
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new MappingError(`${problems.join('; ')} (file headers: ${headers.join(', ')})`, [...settled.missingRequired], settled.errors.map((e) => e.field));
  }

  const inserted = await db
    .insert(schema.batches)
    .values({
      datasetCode: spec.code,
      datasetVersion: spec.version,
      departmentId: department.id,
      uploadedBy: input.uploadedBy ?? null,
      uploadedVia: input.uploadedVia,
      fileSha256: input.sha256,
      fileName: input.fileName,
      fileSize: (await stat(storedFilePath(input.dataDir, input.sha256))).size,
      format,
      sheet: sheet ?? null,
      mapping: settled.mapping,
      supersedesBatchId: input.supersedesBatchId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: schema.batches.id });

  if (inserted[0]) {
    await db
      .insert(schema.columnMappings)
      .values({ departmentId: department.id, datasetCode: spec.code, mapping: settled.mapping })
      .onConflictDoUpdate({ target: [schema.columnMappings.departmentId, schema.columnMappings.datasetCode], set: { mapping: settled.mapping } });
    return { batchId: inserted[0].id, duplicate: false, mapping: settled.mapping, unmapped: settled.unmapped };
  }
  const [existing] = await db
    .select({ id: schema.batches.id })
    .from(schema.batches)
    .where(
      and(
        eq(schema.batches.datasetCode, spec.code),
        eq(schema.batches.departmentId, department.id),
        eq(schema.batches.fileSha256, input.sha256),
        sql`${schema.batches.status} not in ('failed', 'rolled_back', 'superseded')`,
      ),
    );
  // The conflicting batch may have failed or been rolled back in between: then deliver again.
  if (!existing) return submitFeed(handle, input);
  return { batchId: existing.id, duplicate: true, mapping: settled.mapping, unmapped: settled.unmapped };
}
