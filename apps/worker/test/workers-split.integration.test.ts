// Past one machine: two real worker processes on one queue prefix share one batch. The
// reader cuts it into chunks, both processes stage chunks, the commits follow the file's
// order, and the result is what staging the same file in one process gives.
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { publishBatch, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createQueues, createRedisConnection, type Queues, type RedisConnection } from '@zhijian/jobs';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, seedHousing, writeSubsidyCsv } from './fault-fixtures';
import { killHard, makeWorkDir, sleep, spawnWorker, type WorkerProcess } from './private-services';

const ROWS = 12_000;
const CHUNK_ROWS = 1_000;
/** Rows repeated at the end of the file (the first of them is a bad one). */
const REPEATED = 40;
let database: TestDatabase;
let work: string;
let connection: RedisConnection;
let queues: Queues;
let env: { DATABASE_URL: string; REDIS_URL: string; QUEUE_PREFIX: string; DATA_DIR: string };
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  work = await makeWorkDir('workers-split');
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') };
  await mkdir(env.DATA_DIR, { recursive: true });
  connection = createRedisConnection(env.REDIS_URL);
  queues = createQueues(connection, env.QUEUE_PREFIX);
  await seedHousing(database);
  for (let i = 0; i < 2; i++) workers.push(spawnWorker({ ...env, INGEST_CHUNK_ROWS: String(CHUNK_ROWS), LOG_LEVEL: 'info' }));
  // Both are listening before the batch arrives, so either may take any chunk.
  for (const worker of workers) {
    for (const deadline = Date.now() + 30_000; !worker.output().includes('worker started'); await sleep(100)) {
      if (Date.now() > deadline || worker.child.exitCode !== null) throw new Error(`worker did not start:\n${worker.output()}`);
    }
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(workers.map(killHard));
  for (const name of ['ingest', 'warning', 'system'] as const) await queues?.get(name).obliterate({ force: true });
  await queues?.close();
  connection?.disconnect();
  await database?.drop();
  await rm(work, { recursive: true, force: true });
});

async function batchRow(id: string) {
  const { rows } = await database.pool.query<{ status: string; rows_read: number; rows_loaded: number | null; rows_rejected: number; quality: { counters: { duplicates: number } } }>(
    'select status, rows_read, rows_loaded, rows_rejected, quality from batches where id = $1',
    [id],
  );
  return rows[0]!;
}

/** What a batch put into the library, row by row, independent of subject ids. */
async function libraryRows(batchId: string) {
  const { rows } = await database.pool.query(
    `select r.row_number, s.type::text as type, s.key, r.subject_role, r.attrs, r.valid_from::text, r.valid_to::text
     from records r join subjects s on s.id = r.subject_id where r.batch_id = $1 order by r.row_number`,
    [batchId],
  );
  return rows;
}

describe('two worker processes share one batch', () => {
  it('splits the batch across both, loads every row once and ends as staging in one process does', async () => {
    const file = path.join(work, 'subsidy.csv');
    await writeSubsidyCsv(file, ROWS - REPEATED);
    // The first rows again at the end: duplicates of rows another chunk (maybe another process) staged.
    const lines = (await readFile(file, 'utf8')).split('\n');
    await appendFile(file, `${lines.slice(1, 1 + REPEATED).join('\n')}\n`);
    const rejected = lines.slice(1).filter((line) => /^\d{17}Z,/.test(line)).length + 1;
    const batchId = await deliver(env, file, 'housing');
    await expect.poll(async () => (await batchRow(batchId)).status, { timeout: 120_000, interval: 250 }).toBe('published');

    const batch = await batchRow(batchId);
    expect({ read: batch.rows_read, loaded: batch.rows_loaded, rejected: batch.rows_rejected }).toEqual({ read: ROWS, loaded: ROWS - rejected, rejected });
    const { rows: once } = await database.pool.query<{ n: number; distinct_rows: number; rejects: number }>(
      `select count(*)::int as n, count(distinct row_number)::int as distinct_rows, (select count(*)::int from rejects where batch_id = $1) as rejects
       from records where batch_id = $1`,
      [batchId],
    );
    expect(once[0]).toEqual({ n: ROWS - rejected, distinct_rows: ROWS - rejected, rejects: rejected });
    expect(batch.quality.counters).toMatchObject({ duplicates: REPEATED - 1 });

    // Both processes committed chunks: each chunk job returns the process that staged it.
    const jobs = await queues.get('ingest').getJobs(['completed']);
    const committed = jobs.filter((job) => job.name === 'ingest.stage_chunk' && job.returnvalue?.outcome === 'committed');
    const byWorker = new Map<string, number>();
    for (const job of committed) byWorker.set(job.returnvalue.worker, (byWorker.get(job.returnvalue.worker) ?? 0) + 1);
    expect(committed).toHaveLength(ROWS / CHUNK_ROWS);
    expect(byWorker.size, JSON.stringify([...byWorker])).toBe(2);

    // Persons whose payments straddle chunk boundaries (staged by either process) carry the
    // name of their latest row in the file, as in one process.
    const { rows: misnamed } = await database.pool.query(
      `select s.key, s.name, last.name as latest from subjects s
       join (select distinct on (subject_id) subject_id, attrs->>'name' as name from records where batch_id = $1 order by subject_id, row_number desc) last
         on last.subject_id = s.id
       where s.name is distinct from last.name`,
      [batchId],
    );
    expect(misnamed).toEqual([]);
    // The chunk files left with publish.
    await expect.poll(() => existsSync(path.join(env.DATA_DIR, 'chunks', batchId)), { timeout: 10_000 }).toBe(false);

    // The same file staged in this process, as another department's batch.
    const stored = await storeFeedFile(env.DATA_DIR, file);
    const inProcess = await submitFeed(database, {
      dataDir: env.DATA_DIR,
      sha256: stored.sha256,
      fileName: 'subsidy.csv',
      datasetCode: 'housing.rental_subsidy',
      departmentCode: 'audit',
      uploadedVia: 'cli',
    });
    await stageBatch(database, inProcess.batchId, { dataDir: env.DATA_DIR, chunkSize: CHUNK_ROWS });
    expect(await publishBatch(database, inProcess.batchId)).toBe('published');
    const reference = await batchRow(inProcess.batchId);
    expect({ read: batch.rows_read, rejected: batch.rows_rejected, quality: batch.quality.counters }).toEqual({
      read: reference.rows_read,
      rejected: reference.rows_rejected,
      quality: reference.quality.counters,
    });
    expect(await libraryRows(batchId)).toEqual(await libraryRows(inProcess.batchId));
  }, 180_000);
});
