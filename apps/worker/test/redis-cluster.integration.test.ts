// BullMQ on a Redis Cluster: a real worker process on a private 3-node cluster stages and
// publishes a delivery. Without the hash-tagged queue prefix, BullMQ's multi-key scripts
// fail on a cluster with CROSSSLOT.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDepartments } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { addResponsibility, registerBuiltInDatasets, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue, type Queues, type RedisConnection } from '@zhijian/jobs';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { childProcessEnv, createTestDatabase, type TestDatabase, uniqueQueuePrefix } from '@zhijian/testing';
import { Cluster } from 'ioredis';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRedisCluster, startRedisCluster } from './redis-cluster';

let cluster: LocalRedisCluster;
let database: TestDatabase;
let connection: RedisConnection;
let queues: Queues;
let worker: ChildProcess | undefined;
let workerOutput = '';
let dataDir: string;
const prefix = uniqueQueuePrefix();

const residentId = (seq: number) => {
  const first17 = `43070219800115${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

beforeAll(async () => {
  [cluster, database, dataDir] = await Promise.all([
    startRedisCluster(3),
    createTestDatabase(),
    mkdtemp(path.join(os.tmpdir(), 'zhijian-cluster-data-')),
  ]);
  await ensureDepartments(database.db, [{ code: 'housing', name: '市住房保障服务中心' }]);
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 });

  connection = createRedisConnection(cluster.url);
  queues = createQueues(connection, prefix);
  const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  worker = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: childProcessEnv({ DATABASE_URL: database.url, REDIS_URL: cluster.url, QUEUE_PREFIX: prefix, DATA_DIR: dataDir, WORKER_CONCURRENCY: '2' }),
    stdio: 'pipe',
  });
  worker.stdout?.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  worker.stderr?.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
});

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker!.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
  await queues?.close();
  connection?.disconnect();
  await cluster?.stop();
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('BullMQ on a 3-node Redis Cluster', () => {
  it('connects through a redis+cluster:// URL to every node of the cluster', async () => {
    expect(connection).toBeInstanceOf(Cluster);
    await expect.poll(() => (connection as Cluster).nodes('master').length, { timeout: 10_000 }).toBe(3);
  });

  it('stages and publishes a delivery enqueued by a producer and run by a worker process', async () => {
    const file = path.join(dataDir, 'subsidy.csv');
    await writeFile(file, `身份证号,姓名,月份,金额\n${residentId(1)},张三,2026-10,600\n${residentId(2)},李四,2026-10,650\n${residentId(3)},王五,2026-13,700\n`);
    const stored = await storeFeedFile(dataDir, file);
    const { batchId } = await submitFeed(database, {
      dataDir,
      sha256: stored.sha256,
      fileName: 'subsidy.csv',
      datasetCode: 'housing.rental_subsidy',
      departmentCode: 'housing',
      uploadedVia: 'cli',
    });

    await enqueue(queues, 'ingest.stage', { batchId }, { jobId: `stage-${batchId}` });
    const status = async () => (await database.db.select({ status: schema.batches.status }).from(schema.batches).where(eq(schema.batches.id, batchId)))[0]?.status;
    await expect
      .poll(status, { timeout: 45_000, interval: 250 })
      .toBe('published')
      .catch((error: Error) => {
        throw new Error(`${error.message}\nworker output:\n${workerOutput}`);
      });

    const [batch] = await database.db.select().from(schema.batches).where(eq(schema.batches.id, batchId));
    expect({ read: batch!.rowsRead, loaded: batch!.rowsLoaded, rejected: batch!.rowsRejected }).toEqual({ read: 3, loaded: 2, rejected: 1 });
    const visible = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from records r join batches b on b.id = r.batch_id and b.status = 'published' where r.batch_id = ${batchId}`,
    );
    expect(visible.rows[0]!.n).toBe(2);

    // Both jobs ran on the cluster, their keys in the one slot of the queue prefix's hash tag.
    const ingest = queues.get('ingest');
    expect(await ingest.getJobState(`stage-${batchId}`)).toBe('completed');
    // The batch turns published inside the publish job, a moment before BullMQ marks the job done.
    await expect.poll(() => ingest.getJobState(`publish-${batchId}`), { timeout: 10_000 }).toBe('completed');
    const slot = (key: string) => connection.call('cluster', 'keyslot', key);
    expect(await slot(`${queues.prefix}:ingest:stage-${batchId}`)).toBe(await slot(`${queues.prefix}:warning:wait`));
  });
});
