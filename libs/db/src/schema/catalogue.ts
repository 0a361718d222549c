// Catalogue context: standard datasets (versioned specs), the data-responsibility list,
// and each department's saved column mapping per dataset.
import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgEnum, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { departments } from './organization';
import { users } from './security';

export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const frequencyEnum = pgEnum('frequency', FREQUENCIES);

/** One row per dataset version; the spec is the catalogue's JSON dataset definition. */
export const datasets = pgTable(
  'datasets',
  {
    code: text().notNull(),
    version: integer().notNull(),
    spec: jsonb().$type<Record<string, unknown>>().notNull(),
    builtIn: boolean().notNull().default(false),
    createdBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] })],
);

/** 数据提供责任清单: which department delivers which dataset, how often and by when. */
export const responsibilities = pgTable(
  'responsibilities',
  {
    id: id(),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    datasetCode: text().notNull(),
    frequency: frequencyEnum().notNull(),
    /** Day of the period after the one delivered (e.g. 10 = by the 10th of the next month). */
    dueDay: integer(),
    note: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique().on(t.departmentId, t.datasetCode),
    check('responsibilities_due_day', sql`${t.dueDay} is null or ${t.dueDay} between 1 and 366`),
  ],
);

/** The mapping a department's last delivery used, offered again for the next one. */
export const columnMappings = pgTable(
  'column_mappings',
  {
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    datasetCode: text().notNull(),
    mapping: jsonb().$type<Record<string, string>>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.datasetCode] })],
);
