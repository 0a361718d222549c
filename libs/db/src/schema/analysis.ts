// Intelligence-analysis context: one typed row per published 12345 ticket, extracted from
// `records.attrs` once (after each publish, `refreshAnalysis` in libs/analysis) so the
// dashboards group typed, indexed columns instead of parsing jsonb on every request.
// The daily rollup the charts read (`analysis_ticket_daily`) is a materialized view over
// this table, created by migration 0014 and refreshed concurrently.
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const analysisTicketFacts = pgTable(
  'analysis_ticket_facts',
  {
    /** The `hotline.ticket` record this row was extracted from. */
    recordId: bigint({ mode: 'number' }).primaryKey(),
    batchId: uuid().notNull(),
    ticketNo: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    /** The day in China (Asia/Shanghai) the ticket was received. */
    receivedDay: date().notNull(),
    /** County code (GB/T 2260, 6 digits); '' when the ticket names none. */
    regionCode: text().notNull(),
    category: text().notNull(),
    subcategory: text(),
    department: text().notNull(),
    callerPhone: text(),
    address: text(),
    /** NFKC, lower case, no whitespace or punctuation: the grouping key for repeat addresses. */
    addressKey: text(),
    content: text().notNull(),
    status: text(),
    dueAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    /** Closed after its due time, or still open past it when the row was last refreshed. */
    overdue: boolean().notNull(),
    returnedCount: integer().notNull(),
    /** satisfied / basically_satisfied / unsatisfied / none, or null before any callback. */
    satisfaction: text(),
  },
  (t) => [
    index().on(t.receivedDay),
    index().on(t.regionCode, t.receivedDay),
    index().on(t.callerPhone, t.receivedAt),
    index().on(t.addressKey, t.receivedAt),
    index().on(t.batchId),
  ],
);
