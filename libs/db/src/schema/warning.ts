// Warning context: the collision models (versioned declarative specs), each run of a model,
// and the warnings a run raises with a snapshot of their evidence. A warning outlives the
// facts it was raised on: a rolled-back batch must not erase why someone was warned.
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { departments } from './organization';
import { users } from './security';

export const WARNING_STATUSES = ['new', 'pushed', 'confirmed', 'dismissed', 'closed'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];
/** A warning in one of these states is settled: a later run does not update it. */
export const SETTLED_WARNING_STATUSES = ['dismissed', 'closed'] as const satisfies readonly WarningStatus[];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RUN_TRIGGERS = ['manual', 'schedule', 'batch', 'backtest'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

/** One row per model: which version is live, whether it runs, and the admin's parameter overrides. */
export const warningModels = pgTable('warning_models', {
  code: text().primaryKey(),
  currentVersion: integer().notNull(),
  enabled: boolean().notNull().default(true),
  /** Parameter name → value, over the spec's defaults. */
  params: jsonb().$type<Record<string, number | string>>().notNull().default({}),
  builtIn: boolean().notNull().default(false),
  updatedBy: uuid().references(() => users.id),
  updatedAt: updatedAt(),
});

/** Every version of every model's spec, never rewritten: a warning names the version that raised it. */
export const warningModelVersions = pgTable(
  'warning_model_versions',
  {
    code: text().notNull(),
    version: integer().notNull(),
    spec: jsonb().$type<Record<string, unknown>>().notNull(),
    note: text(),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] })],
);

export const modelRuns = pgTable(
  'model_runs',
  {
    id: id(),
    modelCode: text().notNull(),
    modelVersion: integer().notNull(),
    params: jsonb().$type<Record<string, number | string>>().notNull(),
    trigger: text().$type<RunTrigger>().notNull(),
    /** The published batch that triggered the run, if any. */
    batchId: uuid(),
    /** Business date the run judged the data as of. */
    asOf: date().notNull(),
    status: text().$type<'running' | 'succeeded' | 'failed'>().notNull().default('running'),
    rowsCompared: bigint({ mode: 'number' }),
    hits: integer(),
    newWarnings: integer(),
    updatedWarnings: integer(),
    /** Backtests: how many hit subjects earlier warnings had confirmed or dismissed. */
    outcome: jsonb().$type<Record<string, unknown>>(),
    error: text(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    durationMs: integer(),
  },
  (t) => [index().on(t.modelCode, t.startedAt)],
);

export const warnings = pgTable(
  'warnings',
  {
    id: id(),
    modelCode: text().notNull(),
    modelVersion: integer().notNull(),
    severity: text().$type<Severity>().notNull(),
    status: text().$type<WarningStatus>().notNull().default('new'),
    /** `person`, `organization`, `property`, `vehicle`, or a non-subject key such as `phone`, `address`, `ticket`. */
    subjectType: text().notNull(),
    /** Canonical identifier: 18-digit resident ID, USCC, plate, phone, ticket number… */
    subjectKey: text().notNull(),
    subjectId: bigint({ mode: 'number' }),
    subjectName: text(),
    /** Distinguishes two warnings of one model on one subject; '' when a model raises one per subject. */
    fingerprint: text().notNull().default(''),
    /** Amount involved in fen (e.g. subsidy paid while ineligible). */
    amount: bigint({ mode: 'number' }),
    /** Run-computed facts: counts, first and last period, parameters applied. */
    details: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Sorted source record ids, so a settled warning is not raised again on the same evidence. */
    evidenceRecordIds: bigint({ mode: 'number' }).array().notNull(),
    departmentId: uuid().references(() => departments.id),
    /** The organization the warning concerns when it goes to an employer (e.g. an official's unit). */
    routedOrgSubjectId: bigint({ mode: 'number' }),
    firstRunId: uuid().notNull(),
    lastRunId: uuid().notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One open warning per model + subject + fingerprint; a later run updates it.
    uniqueIndex('warnings_one_open')
      .on(t.modelCode, t.subjectType, t.subjectKey, t.fingerprint)
      .where(sql`${t.status} not in ('dismissed', 'closed')`),
    index().on(t.status, t.modelCode, t.createdAt),
    index().on(t.subjectType, t.subjectKey),
    index().on(t.departmentId, t.status),
  ],
);

/** A copy of each source record a warning rests on, with its lineage (dataset, batch, row). */
export const warningEvidence = pgTable(
  'warning_evidence',
  {
    warningId: uuid()
      .notNull()
      .references(() => warnings.id, { onDelete: 'cascade' }),
    recordId: bigint({ mode: 'number' }).notNull(),
    datasetCode: text().notNull(),
    batchId: uuid().notNull(),
    rowNumber: integer().notNull(),
    attrs: jsonb().$type<Record<string, unknown>>().notNull(),
    validFrom: date(),
    validTo: date(),
    addedByRunId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.warningId, t.recordId] })],
);
