import type { Db } from '@zhijian/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { RedisConnection } from '@zhijian/jobs';

interface Probe {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

async function probe(check: () => Promise<unknown>, timeoutMs = 2000): Promise<Probe> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
}

/** `/health`: 200 when PostgreSQL and Redis both answer, 503 (with which one failed) otherwise. */
export function registerHealthRoute(app: FastifyInstance, deps: { db: Db; redis: RedisConnection }) {
  app.get('/health', async (_request, reply) => {
    const [database, redis] = await Promise.all([
      probe(() => deps.db.execute(sql`select 1`)),
      probe(() => deps.redis.ping()),
    ]);
    const ok = database.ok && redis.ok;
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, redis });
  });
}
