// Faults: Redis (kill -9, append-only file kept) and then PostgreSQL (fast shutdown) restart
// while a worker process stages a 150,000-row batch. Each batch ends published exactly once,
// with the counts an undisturbed load gives, no duplicate warnings, and nothing left stuck in
// the queues; the worker process itself survives both outages.
// Own PostgreSQL and Redis on free ports: restarting them disturbs no other test file.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createDb, type DbHandle } from '@zhijian/db';
import { createQueues, createRedisConnection, type Queues, type RedisConnection } from '@zhijian/jobs';
import { registerBuiltInModels } from '@zhijian/warning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, duplicateWarnings, seedHousing, writeSubsidyCsv } from './fault-fixtures';
import { killHard, makeWorkDir, type PrivatePostgres, type PrivateRedis, sleep, spawnWorker, startPrivatePostgres, startPrivateRedis, type WorkerProcess } from './private-services';

const ROWS = 150_000;
let work: string;
let postgres: PrivatePostgres;
let redis: PrivateRedis;
let handle: DbHandle;
let connection: RedisConnection;
let queues: Queues;
let env: { DATABASE_URL: string; REDIS_URL: string; QUEUE_PREFIX: string; DATA_DIR: string };
let worker: WorkerProcess;
let rejected: number;

beforeAll(async () => {
  work = await makeWorkDir('fault-services');
  [postgres, redis] = await Promise.all([startPrivatePostgres(work), startPrivateRedis(work)]);
  handle = createDb(postgres.url, { max: 2 });
  connection = createRedisConnection(redis.url);
  env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, QUEUE_PREFIX: 'fault-services', DATA_DIR: path.join(work, 'data') };
  queues = createQueues(connection, env.QUEUE_PREFIX);
  await seedHousing(handle);
  // One model follows each publish (a run per batch must end, nothing stuck); all of them on
  // a busy 2-core machine would outlast the test. Warnings raised twice are checked
  // in fault-model-run.integration.test.ts.
  await registerBuiltInModels(handle.db);
  await handle.pool.query(`update warning_models set enabled = (code = 'housing.owns_property')`);
  ({ rejected } = await writeSubsidyCsv(path.join(work, 'subsidy.csv'), ROWS));
  worker = spawnWorker(env);
}, 120_000);

afterAll(async () => {
  if (worker) await killHard(worker);
  await queues?.close();
  connection?.disconnect();
  await handle?.close();
  await Promise.all([postgres?.dispose(), redis?.dispose()]);
  await rm(work, { recursive: true, force: true });
});

/** The batch row; while PostgreSQL is down the test's own queries fail too, so they are retried. */
async function batch(id: string) {
  const { rows } = await handle.pool.query<{ status: string; rows_read: number; rows_loaded: number | null; rows_rejected: number; error: string | null }>(
    'select status, rows_read, rows_loaded, rows_rejected, error from batches where id = $1',
    [id],
  );
  return rows[0]!;
}

async function expectLoadedExactlyOnce(batchId: string) {
  try {
    await checkLoadedExactlyOnce(batchId);
  } catch (error) {
    // What the worker and the queues say, so a failure here can be understood from the report.
    const jobs = await Promise.all(
      (['ingest', 'warning'] as const).map(async (name) =>
        (await queues.get(name).getJobs(['active', 'wait', 'delayed', 'failed', 'completed'])).map((j) => `${name}:${j.name}:${j.id} attempts=${j.attemptsMade} stalled=${j.stalledCounter} failed=${j.failedReason ?? ''}`),
      ),
    );
    const { rows: sessions } = await handle.pool.query(
      `select application_name, state, wait_event_type, wait_event, left(query, 100) as query, now() - query_start as running
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    (error as Error).message += `\nsessions: ${JSON.stringify(sessions)}\nbatch: ${JSON.stringify(await batch(batchId))}\njobs: ${jobs.flat().join('\n')}\nworker:\n${worker.output()}`;
    throw error;
  }
}

async function checkLoadedExactlyOnce(batchId: string) {
  await expect.poll(async () => (await batch(batchId)).status, { timeout: 120_000, interval: 500 }).toBe('published');
  const row = await batch(batchId);
  expect({ read: row.rows_read, loaded: row.rows_loaded, rejected: row.rows_rejected }).toEqual({ read: ROWS, loaded: ROWS - rejected, rejected });
  const { rows } = await handle.pool.query<{ n: string; distinct_rows: string; rejects: string }>(
    `select count(*) as n, count(distinct row_number) as distinct_rows, (select count(*) from rejects where batch_id = $1) as rejects
     from records where batch_id = $1`,
    [batchId],
  );
  expect(rows[0]).toEqual({ n: String(ROWS - rejected), distinct_rows: String(ROWS - rejected), rejects: String(rejected) });
  expect(await duplicateWarnings(handle)).toBe(0);
  // Nothing stuck: the ingest jobs completed (a stalled one was taken over and finished), and
  // the model runs the publish triggered have drained too.
  await expect
    .poll(async () => ({ ...(await queues.get('ingest').getJobCounts('active', 'wait', 'delayed', 'failed')), ...(await queues.get('warning').getJobCounts('active', 'wait')) }), {
      timeout: 90_000,
      interval: 500,
    })
    .toEqual({ active: 0, wait: 0, delayed: 0, failed: 0 });
  const { rows: runs } = await handle.pool.query<{ status: string }>("select status from model_runs where batch_id = $1 and status <> 'succeeded'", [batchId]);
  expect(runs).toEqual([]);
  expect(worker.child.exitCode, worker.output()).toBeNull();
}

async function whenStaging(batchId: string) {
  await expect.poll(async () => (await batch(batchId)).rows_read, { timeout: 60_000, interval: 50 }).toBeGreaterThan(20_000);
  expect((await batch(batchId)).status).toBe('staging');
}

describe('services restarting during ingestion', () => {
  it('Redis restarts mid-batch: the batch is published once, nothing stuck', async () => {
    const batchId = await deliver(env, path.join(work, 'subsidy.csv'), 'housing');
    await whenStaging(batchId);
    // Down longer than the job's lock (3 s): the job is found stalled when Redis is back.
    await redis.restart(4_000);
    await expectLoadedExactlyOnce(batchId);
  }, 240_000);

  it('PostgreSQL restarts mid-batch: the batch is published once, nothing stuck', async () => {
    const batchId = await deliver(env, path.join(work, 'subsidy.csv'), 'audit');
    await whenStaging(batchId);
    await postgres.restart(3_000);
    await sleep(500);
    await expectLoadedExactlyOnce(batchId);
  }, 240_000);
});
