// Library context: subjects (persons, organizations, properties, vehicles), the records
// every department delivered about them, and the typed, time-bounded relations between them.
// Every record and relation points back to its batch and source row.
//
// Every primary key here includes the column its table is distributed by on Citus
// (docs/SCALING.md, "How the keys follow the rules"): no key may need to be unique across shards.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
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
  // Not unique: the one subject per (type, key) is kept by `subject_keys`, distributed by key.
  (t) => [index().on(t.type, t.key)],
);

/**
 * The identity of subjects: one row per canonical key, naming its subject's id. Distributed
 * by `key` on Citus (subjects are by id), so "one subject per key" stays a primary key.
 * Written together with `subjects`: by the stage's resolver, else through `insertSubjectsSql`.
 */
export const subjectKeys = pgTable(
  'subject_keys',
  {
    type: subjectTypeEnum().notNull(),
    key: text().notNull(),
    subjectId: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.type, t.key] })],
);

export const records = pgTable(
  'records',
  {
    id: bigserial({ mode: 'number' }).notNull(),
    datasetCode: text().notNull(),
    // No foreign keys on the fact tables: they are checked row by row, which costs more
    // than the whole load at a million rows; the pipeline writes them consistently and
    // removeBatchFacts takes them out together.
    batchId: uuid().notNull(),
    rowNumber: integer().notNull(),
    /**
     * The subject the row is chiefly about (its first subject role present); a row naming
     * none carries the negative of its own id (see libs/db/src/main-subject.ts).
     */
    subjectId: bigint({ mode: 'number' }).notNull(),
    /** That subject's role in the row (e.g. `recipient`, `owner_person`). */
    subjectRole: text(),
    attrs: jsonb().$type<Record<string, unknown>>().notNull(),
    validFrom: date(),
    validTo: date(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectId, t.id] }),
    // Record ids stay unique (one sequence) but are looked up, not enforced: links, relations,
    // evidence, reviews, analysis facts and the UI name records by id.
    index().on(t.id),
    // Lineage and rollback; each row once is the stage's watermark fence (stage.ts), not this index.
    index().on(t.batchId, t.rowNumber),
    index().on(t.datasetCode, t.validFrom),
    check('records_main_subject_or_own_id', sql`${t.subjectId} > 0 or ${t.subjectId} = -${t.id}`),
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
    id: bigserial({ mode: 'number' }).notNull(),
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
  (t) => [
    primaryKey({ columns: [t.fromSubjectId, t.id] }),
    index().on(t.fromSubjectId, t.type),
    index().on(t.toSubjectId, t.type),
    index().on(t.batchId),
    index().on(t.recordId),
  ],
);
