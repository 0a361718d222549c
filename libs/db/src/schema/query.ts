// Relational-query context: the search terms that let an analyst find a subject by name
// (as written, simplified, pinyin initials), phone or address. Maintained set-based by
// libs/query after each publish (`refreshSearchTerms`) and by its backfill.
import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';

export const SEARCH_TERM_KINDS = ['name', 'simplified', 'initials', 'phone', 'address'] as const;
export type SearchTermKind = (typeof SEARCH_TERM_KINDS)[number];

export const subjectSearchTerms = pgTable(
  'subject_search_terms',
  {
    subjectId: bigint({ mode: 'number' }).notNull(),
    kind: text().$type<SearchTermKind>().notNull(),
    /** Lower-cased matching key (names keep their characters; initials and Latin lower case). */
    term: text().notNull(),
    /** The batch whose records gave a phone or address; null for terms of the subject's own name. */
    batchId: uuid(),
  },
  (t) => [
    unique().on(t.subjectId, t.kind, t.term, t.batchId).nullsNotDistinct(),
    // Exact and prefix matches (`term like 'abc%'`) use the pattern-ops btree.
    index('subject_search_terms_prefix_idx').using('btree', t.kind, t.term.op('text_pattern_ops')),
    // Any part of an address (`term like '%路12号%'`).
    index('subject_search_terms_address_trgm_idx').using('gin', t.term.op('gin_trgm_ops')).where(sql`kind = 'address'`),
    index().on(t.batchId),
  ],
);
