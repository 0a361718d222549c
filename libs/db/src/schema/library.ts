// Library context: subjects (persons, organizations, properties, vehicles), the records
// every department delivered about them, and the typed, time-bounded relations between them.
// Every record and relation points back to its batch and source row.
import { bigint, bigserial, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

export const SUBJECT_TYPES = ['person', 'organization', 'property', 'vehicle'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const subjectTypeEnum = pgEnum('subject_type', SUBJECT_TYPES);

export const subjects = pgTable(
  'subjects',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    type: subjectTypeEnum().notNull(),
    /** The canonical identifier: 18-digit resident ID, USCC, certificate number or plate. */
    key: text().notNull(),
    name: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.type, t.key)],
);

export const records = pgTable(
  'records',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    datasetCode: text().notNull(),
    // No foreign keys on the fact tables: they are checked row by row, which costs more
    // than the whole load at a million rows; the pipeline writes them consistently and
    // removeBatchFacts takes them out together.
    batchId: uuid().notNull(),
    rowNumber: integer().notNull(),
    /** The subject the row is chiefly about (its first subject role present). */
    subjectId: bigint({ mode: 'number' }),
    /** That subject's role in the row (e.g. `recipient`, `owner_person`). */
    subjectRole: text(),
    attrs: jsonb().$type<Record<string, unknown>>().notNull(),
    validFrom: date(),
    validTo: date(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.batchId, t.rowNumber),
    index().on(t.subjectId),
    index().on(t.datasetCode, t.validFrom),
  ],
);

/** The other subjects a record names beyond its main one, with their roles (employer, holder…). */
export const recordSubjects = pgTable(
  'record_subjects',
  {
    recordId: bigint({ mode: 'number' }).notNull(),
    role: text().notNull(),
    subjectId: bigint({ mode: 'number' }).notNull(),
    /** Set when the link came from matching a person by name (0–100), null for a link by key. */
    matchScore: smallint(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.role, t.subjectId] }), index().on(t.subjectId)],
);

export const relations = pgTable(
  'relations',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    type: text().notNull(),
    fromSubjectId: bigint({ mode: 'number' }).notNull(),
    toSubjectId: bigint({ mode: 'number' }).notNull(),
    validFrom: date(),
    validTo: date(),
    attributes: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The record that asserted this relation. */
    recordId: bigint({ mode: 'number' }).notNull(),
    batchId: uuid().notNull(),
    datasetCode: text().notNull(),
  },
  (t) => [index().on(t.fromSubjectId, t.type), index().on(t.toSubjectId, t.type), index().on(t.batchId), index().on(t.recordId)],
);
