// Sessions end after an idle period or at their absolute lifetime, whichever comes first.
// Time passing is simulated by moving the session's own timestamps back, on the real table.
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory } from './trpc';
import { createContextInner } from './context';
import { login } from './login';
import { authRouter } from './router';
import { ensureDepartments, ensureUser } from './seed';
import { createSession, resolveSession, setSessionPolicy } from './sessions';

const TTL_MS = 8 * 3_600_000;
const IDLE_MS = 30 * 60_000;
let database: TestDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  setSessionPolicy({ ttlMs: TTL_MS, idleMs: IDLE_MS });
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(database.db, { username: 'li', displayName: '李明', departmentCode: 'jw', roles: ['analyst'] }, 'correct-horse');
  userId = (await database.pool.query<{ id: string }>(`select id from users where username = 'li'`)).rows[0]!.id;
});
afterAll(() => database.drop());

/** Moves a session `ms` into the past: as if it had been created (and last used) that long ago. */
async function age(ms: number) {
  await database.pool.query(`update sessions set created_at = created_at - $1::interval, expires_at = expires_at - $1::interval`, [`${ms} milliseconds`]);
}
const expiries = async () => (await database.pool.query<{ created_at: Date; expires_at: Date }>(`select created_at, expires_at from sessions`)).rows;

describe('session expiry', () => {
  it('ends a session left idle longer than the idle limit', async () => {
    await database.pool.query('delete from sessions');
    const { token, expiresAt } = await createSession(database.db, userId);
    // The cookie lives to the absolute end; the server ends it sooner when idle.
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + TTL_MS - 60_000);
    await age(IDLE_MS - 5 * 60_000);
    expect(await resolveSession(database.db, token)).toMatchObject({ id: userId });
    await age(IDLE_MS + 1000);
    expect(await resolveSession(database.db, token)).toBeNull();
  });

  it('keeps a used session alive, but never past its absolute lifetime', async () => {
    await database.pool.query('delete from sessions');
    const { token } = await createSession(database.db, userId);
    // Used 20 minutes after login: the idle clock restarts from now.
    await age(20 * 60_000);
    expect(await resolveSession(database.db, token)).not.toBeNull();
    const [slid] = await expiries();
    expect(slid!.expires_at.getTime()).toBeGreaterThan(Date.now() + IDLE_MS - 60_000);

    // Used every 25 minutes for almost the whole lifetime: the expiry stops at created_at + TTL.
    for (let elapsed = 20 * 60_000; elapsed + 25 * 60_000 < TTL_MS; elapsed += 25 * 60_000) {
      await age(25 * 60_000);
      expect(await resolveSession(database.db, token)).not.toBeNull();
    }
    const [capped] = await expiries();
    expect(capped!.expires_at.getTime()).toBe(capped!.created_at.getTime() + TTL_MS);
    expect(capped!.expires_at.getTime()).toBeLessThan(Date.now() + IDLE_MS - 60_000);
    await age(capped!.expires_at.getTime() - Date.now() + 1000);
    expect(await resolveSession(database.db, token)).toBeNull();
  });

  it('issues a new session at login and ends all of a user’s sessions on logoutEverywhere', async () => {
    await database.pool.query('delete from sessions');
    const first = await login(database.db, { username: 'li', password: 'correct-horse', ip: '10.0.0.1' });
    const second = await login(database.db, { username: 'li', password: 'correct-horse', ip: '10.0.0.2' });
    expect(second.token).not.toBe(first.token);
    const caller = createCallerFactory(authRouter)(
      createContextInner({ database, user: await resolveSession(database.db, first.token), sessionToken: first.token }),
    );
    await caller.logoutEverywhere();
    expect(await resolveSession(database.db, first.token)).toBeNull();
    expect(await resolveSession(database.db, second.token)).toBeNull();
    const { rows } = await database.pool.query(`select action from audit_log where action = 'auth.logout_all'`);
    expect(rows).toHaveLength(1);
  });
});
