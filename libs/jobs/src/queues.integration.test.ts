import { testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisConnection, type RedisConnection } from './connection';
import { createQueues, enqueue, type Queues } from './queues';

let connection: RedisConnection;
let queues: Queues;
const prefix = uniqueQueuePrefix();

beforeAll(() => {
  connection = createRedisConnection(testRedisUrl());
  queues = createQueues(connection, prefix);
});
afterAll(async () => {
  await queues.get('system').obliterate({ force: true });
  await queues.get('ingest').obliterate({ force: true });
  await queues.close();
  connection.disconnect();
});

describe('enqueue', () => {
  it('puts a validated job on its queue with the default retry and retention options', async () => {
    const job = await enqueue(queues, 'ingest.stage', { batchId: '3f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b' });
    expect(job.queueName).toBe('ingest');
    expect(job.opts).toMatchObject({ attempts: 5, backoff: { type: 'exponential', delay: 2000 } });
    expect(await queues.get('ingest').getJobCounts('wait')).toEqual({ wait: 1 });
    // Under the test's own prefix, hash-tagged for Redis Cluster, so no other test or running platform sees it.
    expect(queues.prefix).toBe(`{${prefix}}`);
    expect(await connection.exists(`{${prefix}}:ingest:${job.id}`)).toBe(1);
  });

  it('refuses an invalid payload before anything reaches Redis', async () => {
    await expect(enqueue(queues, 'ingest.stage', { batchId: 'not-a-uuid' })).rejects.toThrow();
    expect(await queues.get('ingest').getJobCounts('wait')).toEqual({ wait: 1 });
  });

  it('runs a job with a deterministic id once, however often it is enqueued', async () => {
    const data = { batchId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' };
    await enqueue(queues, 'ingest.publish', data, { jobId: 'publish-once' });
    await enqueue(queues, 'ingest.publish', data, { jobId: 'publish-once' });
    expect(await queues.get('ingest').getJobCounts('wait')).toEqual({ wait: 2 });
  });
});
