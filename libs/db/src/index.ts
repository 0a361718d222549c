export { createDb, type Db, type DbHandle, type Schema } from './client';
export { migrate, migrationsFolder } from './migrate';
export * as schema from './schema';
export { BATCH_STATUSES, FREQUENCIES, ROLES, SUBJECT_TYPES, type BatchStatus, type Frequency, type Role, type SubjectType } from './schema';
export { copyField, copyLine, copyRows, type CopyValue } from './copy-rows';
