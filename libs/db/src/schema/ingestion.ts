// Ingestion context: batches (one delivered file each), the rows a batch rejected, and
// the staging area between standardization and publication.
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { departments } from './organization';
import { users } from './security';

export const BATCH_STATUSES = ['queued', 'staging', 'publishing', 'published', 'failed', 'rolled_back', 'superseded'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const batchStatusEnum = pgEnum('batch_status', BATCH_STATUSES);

export interface FieldErrorJson {
  field: string;
  code: string;
  message: string;
}

export const batches = pgTable(
  'batches',
  {
    id: id(),
    datasetCode: text().notNull(),
    datasetVersion: integer().notNull(),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    uploadedBy: uuid().references(() => users.id),
    /** Who delivered it when no web user did (e.g. `cli`). */
    uploadedVia: text().notNull().default('web'),
    fileSha256: text().notNull(),
    fileName: text().notNull(),
    fileSize: bigint({ mode: 'number' }).notNull(),
    format: text(),
    sheet: text(),
    /** Source header → standard field, as confirmed for this delivery. */
    mapping: jsonb().$type<Record<string, string>>(),
    status: batchStatusEnum().notNull().default('queued'),
    /** Rows up to this source row number are staged or rejected; a retried job resumes after it. */
    stagedThroughRow: integer().notNull().default(0),
    rowsRead: integer().notNull().default(0),
    /** How far into the file staging has read: with fileSize, the staging % and an estimate of the rows to come. */
    bytesRead: bigint({ mode: 'number' }).notNull().default(0),
    rowsLoaded: integer().notNull().default(0),
    rowsRejected: integer().notNull().default(0),
    quality: jsonb().$type<Record<string, unknown>>(),
    error: text(),
    supersedesBatchId: uuid(),
    createdAt: createdAt(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.departmentId, t.datasetCode, t.createdAt),
    // The same file delivered again for the same dataset and department is recognized, not loaded twice.
    uniqueIndex('batches_same_file')
      .on(t.datasetCode, t.departmentId, t.fileSha256)
      .where(sql`${t.status} not in ('failed', 'rolled_back', 'superseded')`),
  ],
);

export const rejects = pgTable(
  'rejects',
  {
    batchId: uuid()
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    rowNumber: integer().notNull(),
    /** The row as delivered: source header → raw value. */
    raw: jsonb().$type<Record<string, string | null>>().notNull(),
    errors: jsonb().$type<FieldErrorJson[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowNumber] })],
);

/** Standardized rows waiting for entity resolution and publication; emptied on publish. Unlogged (custom migration): a crash loses nothing the file cannot give again. */
export const stagedRows = pgTable(
  'staged_rows',
  {
    batchId: uuid()
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    rowNumber: integer().notNull(),
    attrs: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The row's main subject as plain columns, so publishing joins without unpacking JSON. */
    subjectType: text(),
    subjectKey: text(),
    subjectName: text(),
    subjectRole: text(),
    /** [{ role, type, key, name }] of the other subjects the row names. */
    subjects: jsonb().$type<Array<{ role: string; type: string; key: string; name?: string | null }>>().notNull(),
    /** [{ type, fromRole, toRole, validFrom, validTo, attributes }]. */
    relations: jsonb().$type<Array<Record<string, unknown>>>().notNull(),
    validFrom: date(),
    validTo: date(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowNumber] })],
);
