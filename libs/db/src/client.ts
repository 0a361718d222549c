import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** `$client` is the pool, for the few writes that batch several statements into one round trip. */
export type Db = NodePgDatabase<Schema> & { $client: pg.Pool };

export interface DbHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** One pool per process; `casing: 'snake_case'` maps camelCase fields to snake_case columns. */
export function createDb(url: string, options: { max?: number; applicationName?: string } = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'zhijian',
  });
  // An idle client losing its connection (e.g. PostgreSQL restarting) must not crash the process.
  pool.on('error', () => undefined);
  // Nor may a checked-out one: the pool listens only while a client is idle, and a server
  // shutting down sends its FATAL between a job's queries too. The query running (or the next
  // one) fails instead, so the job fails and is retried.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}
