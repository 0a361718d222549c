// Fault: the worker is killed (kill -9) while a warning model runs. The job's lock lapses, the
// restarted worker finds it stalled and runs it again; the killed run's transaction dies with
// its connection, so its warnings never land: each warning exists once, and model_runs shows
// the abandoned run (failed) and the run that counts (succeeded).
// Own PostgreSQL and Redis, like the other fault tests; the worker killed mid-batch is covered
// by apps/cli/test/ingest.integration.test.ts.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createDb, type DbHandle } from '@zhijian/db';
import { registerBuiltInDatasets } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue, type Queues, type RedisConnection } from '@zhijian/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModelLibrary, duplicateWarnings } from './fault-fixtures';
import { killHard, makeWorkDir, type PrivatePostgres, type PrivateRedis, spawnWorker, startPrivatePostgres, startPrivateRedis, type WorkerProcess } from './private-services';

const MODEL = 'housing.owns_property';
let work: string;
let postgres: PrivatePostgres;
let redis: PrivateRedis;
let handle: DbHandle;
let connection: RedisConnection;
let queues: Queues;
let env: Record<string, string>;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  work = await makeWorkDir('fault-model');
  [postgres, redis] = await Promise.all([startPrivatePostgres(work), startPrivateRedis(work)]);
  handle = createDb(postgres.url, { max: 3 });
  connection = createRedisConnection(redis.url);
  env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, QUEUE_PREFIX: 'fault-model', DATA_DIR: path.join(work, 'data') };
  queues = createQueues(connection, env.QUEUE_PREFIX!);
  await registerBuiltInDatasets(handle.db);
  // Enough for the model's one statement to take seconds on a busy 2-core machine.
  await buildModelLibrary(handle, 100_000, 500_000);
}, 180_000);

afterAll(async () => {
  await Promise.all(workers.map(killHard));
  await queues?.close();
  connection?.disconnect();
  await handle?.close();
  await Promise.all([postgres?.dispose(), redis?.dispose()]);
  await rm(work, { recursive: true, force: true });
});

async function runs() {
  const { rows } = await handle.pool.query<{ id: string; status: string; error: string | null; new_warnings: number | null }>(
    'select id, status, error, new_warnings from model_runs where model_code = $1 order by started_at',
    [MODEL],
  );
  return rows;
}

describe('worker killed mid-model-run', () => {
  it('runs the model again after the stalled job is detected; every warning exists once', async () => {
    const first = spawnWorker(env);
    workers.push(first);
    const job = await enqueue(queues, 'warning.run', { trigger: 'manual', models: [MODEL], asOf: '2026-12-31' }, { jobId: 'fault-run' });

    // Killed while the run's statement is executing in PostgreSQL.
    await expect
      .poll(
        async () => {
          // The run's statement (its text is longer than pg_stat_activity keeps) busy for a second.
          const { rows } = await handle.pool.query<{ n: string }>(
            `select count(*) as n from pg_stat_activity where application_name = 'zhijian-worker' and state = 'active'
               and now() - query_start > interval '1 second' and query not like '%advisory%'
               and exists (select 1 from model_runs where status = 'running')`,
          );
          return Number(rows[0]?.n);
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBeGreaterThan(0);
    expect((await runs()).map((r) => r.status)).toEqual(['running']);
    await killHard(first);

    const second = spawnWorker(env);
    workers.push(second);
    await expect.poll(async () => (await runs()).map((r) => r.status), { timeout: 100_000, interval: 500 }).toEqual(['failed', 'succeeded']);

    const [abandoned, counted] = await runs();
    expect(abandoned!.error).toMatch(/abandoned/);
    expect(counted!.new_warnings).toBeGreaterThan(0);
    const { rows } = await handle.pool.query<{ n: string }>('select count(*) as n from warnings where model_code = $1', [MODEL]);
    expect(Number(rows[0]!.n)).toBe(counted!.new_warnings);
    expect(await duplicateWarnings(handle)).toBe(0);

    // The job itself: taken over as stalled, then completed — nothing left active or waiting.
    const done = await queues.get('warning').getJob(job.id!);
    await expect.poll(async () => done && (await queues.get('warning').getJobState(job.id!)), { timeout: 10_000 }).toBe('completed');
    const stored = await queues.get('warning').getJob(job.id!);
    expect(stored!.stalledCounter).toBeGreaterThanOrEqual(1);
    const counts = await queues.get('warning').getJobCounts('active', 'wait', 'failed');
    expect(counts).toEqual({ active: 0, wait: 0, failed: 0 });
    expect(second.child.exitCode, second.output()).toBeNull();
  }, 200_000);
});
