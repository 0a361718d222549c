// The match review queue over tRPC: department-scoped like batches, decisions audit-logged.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallerFactory, createContextInner, createSession, ensureDepartments, ensureUser, resolveSession } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { addResponsibility, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedsRouter } from '../src';

const createCaller = createCallerFactory(feedsRouter);
let database: TestDatabase;
let dataDir: string;

const id = (seq: number) => {
  const first17 = `43070219800115${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, dataDir, user: await resolveSession(database.db, token), sessionToken: token }));
}

async function deliver(fileName: string, content: string, datasetCode: string, departmentCode: string) {
  const file = path.join(dataDir, fileName);
  await writeFile(file, content);
  const stored = await storeFeedFile(dataDir, file);
  const { batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName, datasetCode, departmentCode, uploadedVia: 'cli' });
  await stageBatch(database, batchId, { dataDir });
  await publishBatch(database, batchId);
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-reviews-'));
  await ensureDepartments(database.db, [
    { code: 'police', name: '市公安局' },
    { code: 'hotline', name: '12345市长热线' },
    { code: 'jw', name: '市纪委监委' },
  ]);
  const users = [
    { username: 'hotline-steward', departmentCode: 'hotline', roles: ['steward' as const] },
    { username: 'police-steward', departmentCode: 'police', roles: ['steward' as const] },
    { username: 'hotline-handler', departmentCode: 'hotline', roles: ['handler' as const] },
    { username: 'analyst', departmentCode: 'jw', roles: ['analyst' as const] },
  ];
  for (const user of users) await ensureUser(database.db, { ...user, displayName: user.username }, 'password-123');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'police', datasetCode: 'population.person', frequency: 'monthly' });
  await addResponsibility(database.db, { departmentCode: 'hotline', datasetCode: 'hotline.ticket', frequency: 'daily' });
  await deliver('people.csv', `身份证号,姓名,户籍所在区划\n${id(1)},周明,430702\n${id(2)},周明,430702\n`, 'population.person', 'police');
  await deliver('tickets.csv', '工单编号,受理时间,来电人,所属区县,诉求内容\nT9,2026-06-01 08:00,周明,430702,井盖缺失\n', 'hotline.ticket', 'hotline');
});
afterAll(() => database.drop());

describe('feeds.reviews', () => {
  it('lists a department’s pending candidates to its steward and all of them to the commission', async () => {
    const steward = await callerFor('hotline-steward');
    const pending = await steward.reviews.list();
    expect(pending.map((r) => [r.named.name, r.candidate.idNumber, r.score])).toEqual([
      ['周明', id(1), 50],
      ['周明', id(2), 50],
    ]);
    expect(await (await callerFor('police-steward')).reviews.list()).toEqual([]);
    expect(await (await callerFor('analyst')).reviews.list()).toHaveLength(2);
    await expect((await callerFor('hotline-handler')).reviews.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('accepts one candidate: the ticket names that person, the other is rejected, the decision is audit-logged', async () => {
    const steward = await callerFor('hotline-steward');
    const [first, second] = await steward.reviews.list();
    await expect((await callerFor('police-steward')).reviews.accept({ id: first!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const result = await steward.reviews.accept({ id: first!.id });
    expect(result).toMatchObject({ status: 'accepted', role: 'caller', alsoRejected: [second!.id] });
    await expect(steward.reviews.reject({ id: first!.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await steward.reviews.list()).toEqual([]);
    expect(await steward.reviews.list({ status: 'rejected' })).toEqual([expect.objectContaining({ id: second!.id, reviewer: 'hotline-steward' })]);

    const { rows } = await database.pool.query<{ key: string; match_score: number }>(
      'select s.key, rs.match_score from record_subjects rs join subjects s on s.id = rs.subject_id where rs.role = $1',
      ['caller'],
    );
    expect(rows).toEqual([{ key: id(1), match_score: 50 }]);
    const audit = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'match_review.accept'));
    expect(audit).toEqual([expect.objectContaining({ actorUsername: 'hotline-steward', target: String(first!.id) })]);
  });
});
