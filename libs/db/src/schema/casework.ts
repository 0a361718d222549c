// Casework context: the closed loop (推送→核查→整改→销号). A case comes from a warning, a
// 12345 ticket under listed supervision, or by hand; every transition, comment, attachment,
// reminder, escalation and callback is an event that is never rewritten (custom migration
// makes case_events append-only). Webhooks carry events to partner systems.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { departments } from './organization';
import { users } from './security';
import { warnings } from './warning';

export const CASE_STATUSES = ['new', 'pushed', 'verifying', 'confirmed', 'dismissed', 'rectifying', 'rectified', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_SOURCES = ['warning', 'hotline', 'manual'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** 轮次: a batch of items a supervisor assigned together. */
export const caseRounds = pgTable('case_rounds', {
  id: id(),
  name: text().notNull(),
  note: text(),
  dueAt: timestamp({ withTimezone: true }),
  createdBy: uuid().references(() => users.id),
  createdAt: createdAt(),
});

export const cases = pgTable(
  'cases',
  {
    id: id(),
    /** Human case number, e.g. `AJ2026-000123`. */
    caseNo: text().notNull().unique(),
    source: text().$type<CaseSource>().notNull(),
    warningId: uuid().references(() => warnings.id),
    /** The hotline ticket under listed supervision (挂牌督办), by its ticket number and library record. */
    ticketNo: text(),
    ticketRecordId: bigint({ mode: 'number' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    modelCode: text(),
    subjectType: text(),
    subjectKey: text(),
    subjectName: text(),
    status: text().$type<CaseStatus>().notNull().default('new'),
    /** The department that must verify and rectify; null until pushed (and after a return). */
    departmentId: uuid().references(() => departments.id),
    roundId: uuid().references(() => caseRounds.id),
    dueAt: timestamp({ withTimezone: true }),
    pushedAt: timestamp({ withTimezone: true }),
    /** When it was closed (销号) or dismissed: the disposition that counts for 办结. */
    concludedAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    /** 督办: escalated to the supervisors for running past its deadline. */
    escalatedAt: timestamp({ withTimezone: true }),
    /** Funds recovered or returned, in fen. */
    fundsRecovered: bigint({ mode: 'number' }).notNull().default(0),
    satisfaction: text().$type<Satisfaction>(),
    calledBackAt: timestamp({ withTimezone: true }),
    reopenedCount: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One case per warning and per ticket: pushing twice is recognized, not duplicated.
    uniqueIndex('cases_one_per_warning').on(t.warningId).where(sql`${t.warningId} is not null`),
    uniqueIndex('cases_one_per_ticket').on(t.ticketNo).where(sql`${t.ticketNo} is not null`),
    index().on(t.departmentId, t.status, t.dueAt),
    index().on(t.status, t.createdAt),
    // The lists' sort orders, so a page of the newest or most urgent is an index walk.
    index().on(t.createdAt),
    index().on(t.dueAt),
    index().on(t.updatedAt),
    index().on(t.roundId),
    index().on(t.modelCode, t.status),
  ],
);

export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    /** `transition`, `comment`, `attachment`, `reminder`, `escalation`, `callback`. */
    type: text().notNull(),
    action: text(),
    fromStatus: text(),
    toStatus: text(),
    actorUserId: uuid().references(() => users.id),
    actorUsername: text(),
    reason: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.id)],
);

/** Files attached to a case (rectification evidence); the bytes live under DATA_DIR by hash. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    eventId: bigint({ mode: 'number' }).notNull(),
    fileName: text().notNull(),
    sha256: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    contentType: text().notNull(),
    uploadedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.caseId)],
);

/** A department's partner-system endpoint: case events are POSTed there, signed with HMAC-SHA256. */
export const webhooks = pgTable('webhooks', {
  id: id(),
  departmentId: uuid()
    .notNull()
    .references(() => departments.id)
    .unique(),
  url: text().notNull(),
  secret: text().notNull(),
  enabled: boolean().notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    event: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: text().$type<'pending' | 'delivered' | 'failed'>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    lastStatusCode: integer(),
    /** Failed attempts wait longer each time (1, 2, 4 … minutes); after the last one the delivery is `failed`. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.webhookId, t.createdAt), index().on(t.status, t.nextAttemptAt)],
);
