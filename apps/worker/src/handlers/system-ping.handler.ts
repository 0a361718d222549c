import { sql } from 'drizzle-orm';
import type { JobHandler } from './types';

/** Answers with the database's clock, proving the worker reaches both Redis and PostgreSQL. */
export const systemPing: JobHandler<'system.ping'> = async (payload, { db }) => {
  const result = await db.execute<{ now: Date }>(sql`select now() as now`);
  return { pong: payload.message, databaseTime: result.rows[0]?.now };
};
