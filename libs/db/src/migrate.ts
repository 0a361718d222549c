import { fileURLToPath } from 'node:url';
import { migrate as drizzleMigrate } from 'drizzle-orm/node-postgres/migrator';
import { createDb } from './client';

/** The committed migrations, written only by `npm run db:generate` (drizzle-kit generate). */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Brings the database at `url` up to the latest schema. Safe to run concurrently and repeatedly. */
export async function migrate(url: string): Promise<void> {
  const handle = createDb(url, { max: 1, applicationName: 'zhijian-migrate' });
  try {
    // drizzle's migrator is not safe against two processes migrating at once; serialize them.
    await handle.pool.query('select pg_advisory_lock(724201)');
    await drizzleMigrate(handle.db, { migrationsFolder, migrationsSchema: 'public' });
    await handle.pool.query('select pg_advisory_unlock(724201)');
  } finally {
    await handle.close();
  }
}
