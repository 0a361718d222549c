// Resolves the database and Redis for a command: the environment's if given, else the
// same embedded defaults `npm start` uses.
import path from 'node:path';
import { createDb, type DbHandle } from '@zhijian/db';
import { findOrStartRedis, type LocalRedis, startEmbeddedPostgres } from '@zhijian/local-services';
import { cliEnv } from './env';
import { zhijianHome } from './paths';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveDatabase(log: (line: string) => void = () => undefined): Promise<ResolvedDatabase> {
  const url = cliEnv().DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => undefined };
  const pg = await startEmbeddedPostgres({ dataDir: path.join(zhijianHome(), 'pg'), database: 'zhijian', log });
  return { url: pg.url, embedded: true, stop: pg.stop };
}

export async function resolveRedis(log: (line: string) => void = () => undefined): Promise<LocalRedis> {
  const url = cliEnv().REDIS_URL;
  if (url) return { url, stop: async () => undefined };
  return findOrStartRedis(log);
}

/** Runs `work` with a database handle and releases everything afterwards. */
export async function withDatabase<T>(work: (handle: DbHandle) => Promise<T>): Promise<T> {
  const resolved = await resolveDatabase();
  const handle = createDb(resolved.url, { max: 2, applicationName: 'zhijian-cli' });
  try {
    return await work(handle);
  } finally {
    await handle.close();
    await resolved.stop();
  }
}
