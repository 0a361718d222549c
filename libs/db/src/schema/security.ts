// Security context: users, their roles, sessions and the hash-chained audit log.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { departments } from './organization';

export const ROLES = ['admin', 'analyst', 'steward', 'supervisor', 'handler'] as const;
export type Role = (typeof ROLES)[number];
export const roleEnum = pgEnum('role', ROLES);

export const users = pgTable('users', {
  id: id(),
  /** Always stored lower-case, so logins are case-insensitive. */
  username: text().notNull().unique(),
  displayName: text().notNull(),
  passwordHash: text().notNull(),
  departmentId: uuid()
    .notNull()
    .references(() => departments.id),
  roles: roleEnum().array().notNull(),
  disabled: boolean().notNull().default(false),
  lastLoginAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not leak usable sessions. */
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

/**
 * Append-only: each row stores the hash of the previous row and its own hash over its
 * content, so an edited or deleted row breaks the chain (`zhijian audit verify`).
 * A trigger (custom migration) rejects UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid(),
    actorUsername: text(),
    action: text().notNull(),
    target: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    ip: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index().on(t.action, t.target, t.at)],
);
