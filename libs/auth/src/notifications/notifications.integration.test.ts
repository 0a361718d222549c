// Notifications over tRPC: written to a department's role holders once per key, each
// user reads and marks only their own.
import { schema } from '@zhijian/db';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { ensureDepartments, ensureUser } from '../seed';
import { createSession, resolveSession } from '../sessions';
import { createCallerFactory } from '../trpc';
import { notifyDepartmentRoles } from './notifications';
import { notificationsRouter } from './notifications-router';

const createCaller = createCallerFactory(notificationsRouter);
let database: TestDatabase;
let housingId: string;

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, user: await resolveSession(database.db, token), sessionToken: token }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDepartments(database.db, [
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'civil', name: '市民政局' },
  ]);
  await ensureUser(database.db, { username: 'steward-a', displayName: 'A', departmentCode: 'housing', roles: ['steward'] }, 'password-123');
  await ensureUser(database.db, { username: 'steward-b', displayName: 'B', departmentCode: 'housing', roles: ['steward', 'handler'] }, 'password-123');
  await ensureUser(database.db, { username: 'handler', displayName: 'H', departmentCode: 'housing', roles: ['handler'] }, 'password-123');
  await ensureUser(database.db, { username: 'civil-steward', displayName: 'C', departmentCode: 'civil', roles: ['steward'] }, 'password-123');
  const [housing] = await database.db.select().from(schema.departments).where(eq(schema.departments.code, 'housing'));
  housingId = housing!.id;
});
afterAll(() => database.drop());

describe('notifications', () => {
  const notice = { kind: 'responsibility.overdue', title: '数据逾期未交付 / Delivery overdue', body: '请尽快交付', link: '/library/responsibilities', dedupeKey: 'r1:2026-05-10' };

  it('reach every holder of the role in the department, once per key', async () => {
    expect(await notifyDepartmentRoles(database.db, { ...notice, departmentId: housingId, roles: ['steward'] })).toBe(2);
    expect(await notifyDepartmentRoles(database.db, { ...notice, departmentId: housingId, roles: ['steward'] })).toBe(0);
    const a = await callerFor('steward-a');
    expect(await a.unreadCount()).toBe(1);
    expect(await a.list()).toEqual([expect.objectContaining({ kind: 'responsibility.overdue', title: notice.title, link: notice.link, readAt: null })]);
    expect(await (await callerFor('handler')).unreadCount()).toBe(0);
    expect(await (await callerFor('civil-steward')).list()).toEqual([]);
  });

  it('are marked read by their recipient only', async () => {
    await notifyDepartmentRoles(database.db, { ...notice, dedupeKey: 'r1:2026-06-10', departmentId: housingId, roles: ['steward'] });
    const a = await callerFor('steward-a');
    const b = await callerFor('steward-b');
    const [newest, older] = await a.list();
    const [othersNewest] = await b.list();
    expect(await a.markRead({ ids: [othersNewest!.id] })).toEqual({ marked: 0 });
    expect(await b.unreadCount()).toBe(2);

    expect(await a.markRead({ ids: [newest!.id] })).toEqual({ marked: 1 });
    expect(await a.unreadCount()).toBe(1);
    expect(await a.list({ unreadOnly: true })).toEqual([expect.objectContaining({ id: older!.id })]);
    expect(await b.markRead({ all: true })).toEqual({ marked: 2 });
    expect(await b.unreadCount()).toBe(0);
    await expect(createCaller(createContextInner({ database })).unreadCount()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
