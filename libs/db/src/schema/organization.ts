// Organization context: the partner departments (and the commission itself) that users belong to.
import { pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';

export const departments = pgTable('departments', {
  id: id(),
  /** Stable short code used by the CLI, the responsibility list and scoping, e.g. `housing`. */
  code: text().notNull().unique(),
  name: text().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
