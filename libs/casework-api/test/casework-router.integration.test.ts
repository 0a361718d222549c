import { createCallerFactory, createContextInner, createSession, ensureDepartments, ensureUser, resolveSession } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseworkRouter } from '../src';

const createCaller = createCallerFactory(caseworkRouter);
let database: TestDatabase;
let dataDir: string;
let warningId: string;

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, queues: null, dataDir, user: await resolveSession(database.db, token), sessionToken: token }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-casework-api-'));
  await ensureDepartments(database.db, [
    { code: 'jw', name: '市纪委监委' },
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'civil', name: '市民政局' },
  ]);
  for (const user of [
    { username: 'supervisor', departmentCode: 'jw', roles: ['supervisor' as const] },
    { username: 'analyst', departmentCode: 'jw', roles: ['analyst' as const] },
    { username: 'housing-handler', departmentCode: 'housing', roles: ['handler' as const] },
    { username: 'civil-handler', departmentCode: 'civil', roles: ['handler' as const] },
    { username: 'housing-steward', departmentCode: 'housing', roles: ['steward' as const] },
  ]) {
    await ensureUser(database.db, { ...user, displayName: user.username }, 'password-123');
  }
  const { rows } = await database.pool.query<{ id: string }>(
    `insert into warnings (model_code, model_version, severity, subject_type, subject_key, subject_name, amount, details, evidence_record_ids, first_run_id, last_run_id)
     values ('housing.owns_property', 1, 'high', 'person', '430702198001150011', '甲', 60000, '{}', '{}', gen_random_uuid(), gen_random_uuid()) returning id`,
  );
  warningId = rows[0]!.id;
});
afterAll(() => database.drop());

describe('casework router', () => {
  it('lets the right users act in turn, scopes by department and audit-logs every step', async () => {
    const supervisor = await callerFor('supervisor');
    const handler = await callerFor('housing-handler');
    const other = await callerFor('civil-handler');
    const { id } = await supervisor.open({ source: 'warning', warningId });
    await expect(handler.open({ source: 'manual', title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await callerFor('housing-steward')).list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await supervisor.act({ id, action: 'push', departmentCode: 'housing' });
    await expect(other.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.act({ id, action: 'accept' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await other.list({})).total).toBe(0);
    await expect(handler.act({ id, action: 'close' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('"close" is not allowed on a pushed case') });

    await handler.act({ id, action: 'accept' });
    expect((await handler.get({ id })).actions).toEqual(['return', 'confirm', 'dismiss']);
    await expect(handler.act({ id, action: 'confirm' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('needs a reason') });
    await handler.act({ id, action: 'confirm', reason: '属实' });
    await handler.act({ id, action: 'start_rectify' });
    await handler.attach({ id, fileName: '凭证.txt', contentType: 'text/plain', base64: Buffer.from('已追回').toString('base64') });
    await handler.act({ id, action: 'rectified', reason: '已追回', fundsRecovered: 60000 });
    await supervisor.act({ id, action: 'close' });
    await supervisor.callback({ id, satisfaction: 'basically_satisfied' });

    const detail = await (await callerFor('analyst')).get({ id });
    expect(detail).toMatchObject({ status: 'closed', satisfaction: 'basically_satisfied', fundsRecovered: 60000 });
    const attachment = detail.attachments[0]!;
    expect(Buffer.from((await handler.attachment({ attachmentId: attachment.id })).base64, 'base64').toString()).toBe('已追回');
    await expect(other.attachment({ attachmentId: attachment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const [metrics] = await supervisor.metrics({});
    expect(metrics).toMatchObject({ assigned: 1, concluded: 1, completionRate: 1, onTimeRate: 1, satisfactionRate: 1, fundsRecovered: 60000 });
    const { rows } = await database.pool.query<{ action: string }>(`select action from audit_log where action like 'case.%' order by seq`);
    expect(rows.map((r) => r.action)).toEqual(['case.open', 'case.push', 'case.accept', 'case.confirm', 'case.start_rectify', 'case.attach', 'case.rectified', 'case.close', 'case.callback']);
  });
});
