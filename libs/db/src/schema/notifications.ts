// Notifications context: in-app messages to one user (the bell in the shared shell).
// General on purpose: overdue deliveries write them today; warnings and cases will too.
import { bigserial, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { departments } from './organization';
import { users } from './security';

export const notifications = pgTable(
  'notifications',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    recipientUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The department the matter concerns (the recipient's own, usually). */
    departmentId: uuid().references(() => departments.id),
    /** What happened, dotted like audit actions: `responsibility.overdue`, later `warning.pushed`, `case.assigned`. */
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    /** Where to look, as a path on this server: `/library/responsibilities`. */
    link: text(),
    /** Makes writing idempotent: one notification per recipient and key (e.g. responsibility + due date). */
    dedupeKey: text(),
    createdAt: createdAt(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.recipientUserId, t.dedupeKey), index().on(t.recipientUserId, t.createdAt)],
);
