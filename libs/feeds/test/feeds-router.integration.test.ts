import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallerFactory, createContextInner, ensureDepartments, ensureUser, resolveSession, createSession } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { addResponsibility, registerBuiltInDatasets, storeFeedFile } from '@zhijian/ingest';
import { createQueues, createRedisConnection, type Queues, type RedisConnection } from '@zhijian/jobs';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedsRouter } from '../src';

const createCaller = createCallerFactory(feedsRouter);
let database: TestDatabase;
let connection: RedisConnection;
let queues: Queues;
let dataDir: string;
let sha256: string;

const id = (seq: number) => {
  const first17 = `43070219800115${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, queues, dataDir, user: await resolveSession(database.db, token), sessionToken: token }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  connection = createRedisConnection(testRedisUrl());
  queues = createQueues(connection, uniqueQueuePrefix());
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-feeds-'));
  await ensureDepartments(database.db, [
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'civil', name: '市民政局' },
    { code: 'jw', name: '市纪委监委' },
  ]);
  const users = [
    { username: 'housing-steward', departmentCode: 'housing', roles: ['steward' as const] },
    { username: 'civil-steward', departmentCode: 'civil', roles: ['steward' as const] },
    { username: 'housing-handler', departmentCode: 'housing', roles: ['handler' as const] },
    { username: 'analyst', departmentCode: 'jw', roles: ['analyst' as const] },
  ];
  for (const user of users) await ensureUser(database.db, { ...user, displayName: user.username }, 'password-123');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 });
  const file = path.join(dataDir, 'upload.csv');
  await writeFile(file, `身份证号,姓名,月份,金额\n${id(1)},张三,2026-10,600\n${id(2)},李四,2026-13,600\n`);
  sha256 = (await storeFeedFile(dataDir, file)).sha256;
});
afterAll(async () => {
  await queues.get('ingest').obliterate({ force: true });
  await queues.close();
  connection.disconnect();
  await database.drop();
});

describe('feeds router', () => {
  const upload = () => ({ sha256, fileName: 'upload.csv', datasetCode: 'housing.rental_subsidy' });

  it('previews a delivery: the mapping and the first rows standardized, errors marked', async () => {
    const steward = await callerFor('housing-steward');
    const preview = await steward.preview(upload());
    expect(preview.mapping).toEqual({ 身份证号: 'id_number', 姓名: 'name', 月份: 'month', 金额: 'amount' });
    expect(preview.missingRequired).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ ok: true, values: { id_number: id(1), amount: 60000, month: '2026-10' } });
    expect(preview.rows[1]).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'month' })] });
  });

  it('previews a huge cell by its start and rejects its row as staging will', async () => {
    const file = path.join(dataDir, 'huge-cell.csv');
    await writeFile(file, `身份证号,姓名,月份,金额\n${id(3)},${'长'.repeat(2_000_000)},2026-10,600\n`);
    const huge = (await storeFeedFile(dataDir, file)).sha256;
    const steward = await callerFor('housing-steward');
    const preview = await steward.preview({ ...upload(), sha256: huge, fileName: 'huge-cell.csv' });
    expect(preview.rows[0]).toMatchObject({ ok: false, errors: [expect.objectContaining({ code: 'row.cell_too_large' })] });
    expect(String(preview.rows[0]?.raw['姓名']).length).toBeLessThan(600);
  });

  it('submits a delivery and queues it for the worker', async () => {
    const steward = await callerFor('housing-steward');
    const result = await steward.submit(upload());
    expect(result.duplicate).toBe(false);
    expect(await queues.get('ingest').getJob(`stage-${result.batchId}`)).toBeTruthy();
    expect(await steward.batches()).toEqual([expect.objectContaining({ id: result.batchId, status: 'queued', departmentCode: 'housing' })]);
    // The same file again is recognized.
    expect(await steward.submit(upload())).toMatchObject({ batchId: result.batchId, duplicate: true });
  });

  it('refuses a steward of another department with a clear error', async () => {
    const other = await callerFor('civil-steward');
    await expect(other.submit(upload())).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not responsible for dataset housing\.rental_subsidy/) });
  });

  it('scopes batches to the steward’s department; the commission sees all', async () => {
    const other = await callerFor('civil-steward');
    expect(await other.batches()).toEqual([]);
    const [batch] = await (await callerFor('housing-steward')).batches();
    await expect(other.batch({ id: batch!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await (await callerFor('analyst')).batches()).toHaveLength(1);
  });

  it('lets only stewards deliver', async () => {
    const handler = await callerFor('housing-handler');
    await expect(handler.preview(upload())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const analyst = await callerFor('analyst');
    await expect(analyst.addResponsibility({ departmentCode: 'civil', datasetCode: 'civil.death', frequency: 'monthly' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists the responsibility list with next due dates', async () => {
    const list = await (await callerFor('housing-steward')).responsibilities();
    expect(list).toEqual([expect.objectContaining({ departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', lastDeliveryAt: expect.any(String) })]);
  });
});
