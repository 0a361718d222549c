export { createDb, type Db, type DbHandle, type Schema } from './client';
export { migrate, migrationsFolder } from './migrate';
export * as schema from './schema';
export { BATCH_STATUSES, FREQUENCIES, ROLES, SUBJECT_TYPES, type BatchStatus, type Frequency, type Role, type SubjectType } from './schema';
export { MATCH_REVIEW_STATUSES, type MatchReviewStatus } from './schema';
export { copyField, copyLine, copyRows, type CopyValue } from './copy-rows';
export { CITUS_KEY_EXCEPTIONS, CITUS_NULLABLE_EXCEPTIONS, CITUS_PLACEMENT, type Placement } from './distribution';
export { hasMainSubjectSql, insertRecordsWithoutSubjectSql, mainSubjectIdSql, noMainSubjectId } from './main-subject';
export { insertSubjects, insertSubjectsSql, type NewSubject, type SubjectColumn } from './subject-keys';
export {
  RUN_TRIGGERS,
  SETTLED_WARNING_STATUSES,
  SEVERITIES,
  WARNING_STATUSES,
  type RunTrigger,
  type Severity,
  type WarningStatus,
} from './schema';
export { CASE_SOURCES, CASE_STATUSES, SATISFACTIONS, type CaseSource, type CaseStatus, type Satisfaction } from './schema';
export { withTransaction } from './transaction';
