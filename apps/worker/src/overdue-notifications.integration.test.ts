// The daily overdue check tells the department's stewards in the app, once per
// responsibility and due date, however often it runs.
import os from 'node:os';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { addResponsibility } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue, type Queues, type RedisConnection } from '@zhijian/jobs';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { QueueEvents } from 'bullmq';
import { eq } from 'drizzle-orm';
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
  await ensureDepartments(database.db, [
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'civil', name: '市民政局' },
  ]);
  await ensureUser(database.db, { username: 'housing-steward', displayName: '住建专员', departmentCode: 'housing', roles: ['steward'] }, 'password-123');
  await ensureUser(database.db, { username: 'housing-handler', displayName: '住建承办', departmentCode: 'housing', roles: ['handler'] }, 'password-123');
  await ensureUser(database.db, { username: 'civil-steward', displayName: '民政专员', departmentCode: 'civil', roles: ['steward'] }, 'password-123');
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 });
  worker = startWorker({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: 1, DATA_DIR: os.tmpdir() }, pino({ level: 'silent' }));
});
afterAll(async () => {
  await worker.close();
  await events.close();
  await queues.close();
  connection.disconnect();
  await database.drop();
});

async function notificationsOf(username: string) {
  return database.db
    .select({ kind: schema.notifications.kind, title: schema.notifications.title, link: schema.notifications.link, dedupeKey: schema.notifications.dedupeKey })
    .from(schema.notifications)
    .innerJoin(schema.users, eq(schema.users.id, schema.notifications.recipientUserId))
    .where(eq(schema.users.username, username));
}

describe('responsibility.check_overdue', () => {
  it('notifies the stewards of the overdue department once per due date', async () => {
    // Long after the responsibility was added, with nothing delivered: overdue.
    for (let run = 0; run < 2; run++) {
      const job = await enqueue(queues, 'responsibility.check_overdue', { asOf: '2099-01-20' }, { jobId: `overdue-${run}` });
      const result = (await job.waitUntilFinished(events, 15_000)) as { overdue: unknown[]; notified: number };
      expect(result.overdue).toHaveLength(1);
      expect(result.notified).toBe(run === 0 ? 1 : 0);
    }
    const received = await notificationsOf('housing-steward');
    expect(received).toEqual([
      {
        kind: 'responsibility.overdue',
        title: '数据逾期未交付：住房租赁补贴发放信息 / Delivery overdue: Rental subsidy payments',
        link: '/library/responsibilities',
        dedupeKey: expect.stringMatching(/^responsibility\.overdue:[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    expect(await notificationsOf('housing-handler')).toEqual([]);
    expect(await notificationsOf('civil-steward')).toEqual([]);
  });
});
