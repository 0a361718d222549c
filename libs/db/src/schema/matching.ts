// Matching context: persons named without an ID (a 12345 caller) are scored against the
// persons the library knows; an uncertain candidate waits here for a person to decide.
import { bigint, bigserial, index, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { departments } from './organization';
import { users } from './security';

export const MATCH_REVIEW_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type MatchReviewStatus = (typeof MATCH_REVIEW_STATUSES)[number];
export const matchReviewStatusEnum = pgEnum('match_review_status', MATCH_REVIEW_STATUSES);

/** One candidate person for one role of one record; accepting it writes the record_subjects link. */
export const matchReviews = pgTable(
  'match_reviews',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    // Like the fact tables, no foreign key to records: a rollback removes both together.
    recordId: bigint({ mode: 'number' }).notNull(),
    batchId: uuid().notNull(),
    /** The delivering department: reviews are scoped like its batches. */
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    datasetCode: text().notNull(),
    /** The subject role the record names the person in, e.g. `caller`. */
    role: text().notNull(),
    candidateSubjectId: bigint({ mode: 'number' }).notNull(),
    /** 0–100: name 40, + birth date 50, + region 10. */
    score: smallint().notNull(),
    /** What matched: `name`, `birth_date`, `region`. */
    reasons: text().array().notNull(),
    status: matchReviewStatusEnum().notNull().default('pending'),
    reviewedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.recordId, t.role, t.candidateSubjectId),
    index().on(t.status, t.departmentId),
    index().on(t.batchId),
  ],
);
