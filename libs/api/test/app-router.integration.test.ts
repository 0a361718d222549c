import { ensureDepartments, ensureUser, resolveSession } from '@zhijian/auth';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller, createContextInner } from '../src';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(database.db, { username: 'admin', displayName: '管理员', departmentCode: 'jw', roles: ['admin'] }, 'admin-password');
  await ensureUser(database.db, { username: 'analyst', displayName: '分析员', departmentCode: 'jw', roles: ['analyst'] }, 'analyst-password');
});
afterAll(() => database.drop());

/** A caller the way the server builds one, with a cookie jar that remembers the session token. */
function browser() {
  const jar = { token: null as string | null };
  const caller = async () =>
    createCaller(
      createContextInner({
        database,
        user: await resolveSession(database.db, jar.token),
        sessionToken: jar.token,
        cookies: { set: (token) => (jar.token = token), clear: () => (jar.token = null) },
      }),
    );
  return { jar, caller };
}

describe('appRouter', () => {
  it('logs in, knows who is signed in, and logs out', async () => {
    const { jar, caller } = browser();
    expect(await (await caller()).auth.me()).toBeNull();
    const me = await (await caller()).auth.login({ username: 'analyst', password: 'analyst-password' });
    expect(me).toMatchObject({ username: 'analyst', roles: ['analyst'], department: { code: 'jw' } });
    expect(jar.token).toBeTruthy();
    expect(await (await caller()).auth.me()).toMatchObject({ username: 'analyst' });
    await (await caller()).auth.logout();
    expect(jar.token).toBeNull();
  });

  it('issues a new session token at every login', async () => {
    const { jar, caller } = browser();
    await (await caller()).auth.login({ username: 'admin', password: 'admin-password' });
    const first = jar.token;
    await (await caller()).auth.login({ username: 'admin', password: 'admin-password' });
    expect(jar.token).not.toBe(first);
    expect(await resolveSession(database.db, first)).toBeNull();
  });

  it('keeps procedures behind their roles', async () => {
    const anonymous = browser();
    await expect((await anonymous.caller()).feeds.batches()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const analyst = browser();
    await (await analyst.caller()).auth.login({ username: 'analyst', password: 'analyst-password' });
    await expect((await analyst.caller()).audit.verify()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = browser();
    await (await admin.caller()).auth.login({ username: 'admin', password: 'admin-password' });
    expect(await (await admin.caller()).audit.verify()).toMatchObject({ ok: true });
  });

  it('answers the health ping without a session', async () => {
    expect(await (await browser().caller()).health.ping()).toMatchObject({ ok: true });
  });
});
