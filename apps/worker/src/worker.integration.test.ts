import os from 'node:os';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createQueues, createRedisConnection, enqueue, type Queues, type RedisConnection } from '@zhijian/jobs';
import { childProcessEnv, createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWorker, startWorker } from './worker';

let database: TestDatabase;
let connection: RedisConnection;
let queues: Queues;
let worker: RunningWorker;
let events: QueueEvents;
const prefix = uniqueQueuePrefix();

beforeAll(async () => {
  database = await createTestDatabase();
  connection = createRedisConnection(testRedisUrl());
  queues = createQueues(connection, prefix);
  events = new QueueEvents('system', { connection: createRedisConnection(testRedisUrl()), prefix: queues.prefix });
  await events.waitUntilReady();
  worker = startWorker(
    { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: 2, DATA_DIR: os.tmpdir() },
    pino({ level: 'silent' }),
  );
});
afterAll(async () => {
  await worker.close();
  await events.close();
  await queues.close();
  connection.disconnect();
  await database.drop();
});

describe('worker', () => {
  it('runs a job end to end through Redis and PostgreSQL', async () => {
    const job = await enqueue(queues, 'system.ping', { message: '你好', requestedAt: new Date().toISOString() });
    const result = (await job.waitUntilFinished(events, 15_000)) as { pong: string; databaseTime: string };
    expect(result.pong).toBe('你好');
    expect(new Date(result.databaseTime).getTime()).toBeGreaterThan(0);
  });

  it('deduplicates jobs enqueued with the same id', async () => {
    const first = await enqueue(queues, 'system.ping', { message: 'a', requestedAt: new Date().toISOString() }, { jobId: 'same-id' });
    const second = await enqueue(queues, 'system.ping', { message: 'b', requestedAt: new Date().toISOString() }, { jobId: 'same-id' });
    expect(second.id).toBe(first.id);
    const stored = await queues.get('system').getJob(first.id!);
    expect(stored?.data.message).toBe('a');
  });

  it('fails a job with an invalid payload at once instead of retrying it', async () => {
    // Bypasses `enqueue`'s validation, as a foreign or outdated producer might.
    const job = await queues.get('system').add('system.ping', { message: 42 });
    await expect(job.waitUntilFinished(events, 15_000)).rejects.toThrow(/invalid payload/);
    const failed = await queues.get('system').getJob(job.id!);
    expect(failed?.attemptsMade).toBe(1);
  });
});

describe('worker process', () => {
  const entry = fileURLToPath(new URL('./main.ts', import.meta.url));
  const run = (env: Record<string, string>) =>
    spawn(process.execPath, ['--import', 'tsx', entry], { env: childProcessEnv(env), stdio: 'pipe' });

  it('closes gracefully on SIGTERM', async () => {
    const child = run({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 20_000 }).toContain('worker started');
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  });

  it('stops with one clear line when the environment is malformed', async () => {
    const child = run({ DATABASE_URL: database.url });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(78);
    expect(errors.trim()).toBe('zhijian worker: Environment variable REDIS_URL is required but not set');
  });
});
