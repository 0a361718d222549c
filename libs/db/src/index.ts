export { createDb, type Db, type DbHandle, type Schema } from './client';
export { migrate, migrationsFolder } from './migrate';
export * as schema from './schema';
export { ROLES, type Role } from './schema';
