import { createDb, schema } from '@zhijian/db';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from './audit-log';
import { LOGIN_LIMITS, LoginError, login } from './login';
import { ensureDepartments, ensureUser } from './seed';
import { resolveSession, revokeSession } from './sessions';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(database.db, { username: 'li', displayName: '李明', departmentCode: 'jw', roles: ['analyst'] }, 'correct-horse');
  await ensureUser(database.db, { username: 'wang', displayName: '王芳', departmentCode: 'jw', roles: ['supervisor'] }, 'battery-staple');
  await ensureUser(database.db, { username: 'zhao', displayName: '赵强', departmentCode: 'jw', roles: ['handler'] }, 'staple-battery');
});
afterAll(() => database.drop());

async function loginError(username: string, password: string, ip = '10.0.0.1'): Promise<LoginError> {
  const error = await login(database.db, { username, password, ip }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LoginError);
  return error as LoginError;
}

describe('login', () => {
  it('opens a session that resolves to the user and their department', async () => {
    const result = await login(database.db, { username: 'LI', password: 'correct-horse', ip: '10.0.0.2' });
    const user = await resolveSession(database.db, result.token);
    expect(user).toMatchObject({ username: 'li', displayName: '李明', roles: ['analyst'], department: { code: 'jw' } });
    await revokeSession(database.db, result.token);
    expect(await resolveSession(database.db, result.token)).toBeNull();
  });

  it('gives the same error for an unknown user and a wrong password', async () => {
    const unknown = await loginError('nobody', 'whatever', '10.0.0.3');
    const wrong = await loginError('wang', 'wrong-password', '10.0.0.3');
    expect(unknown.reason).toBe('invalid_credentials');
    expect(unknown.message).toBe(wrong.message);
  });

  it('rate-limits repeated failures for a username, even with the right password', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect((await loginError('zhao', `guess-${i}`, `10.1.0.${i}`)).reason).toBe('invalid_credentials');
    }
    expect((await loginError('zhao', 'staple-battery', '10.1.0.99')).reason).toBe('rate_limited');
  });

  it('refuses a disabled user like an unknown one', async () => {
    await database.db.update(schema.users).set({ disabled: true }).where(eq(schema.users.username, 'li'));
    expect((await loginError('li', 'correct-horse', '10.0.0.5')).reason).toBe('invalid_credentials');
    await database.db.update(schema.users).set({ disabled: false }).where(eq(schema.users.username, 'li'));
  });

  it('ignores expired and unknown tokens', async () => {
    const { token } = await login(database.db, { username: 'li', password: 'correct-horse', ip: '10.0.0.6' });
    await database.db.update(schema.sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await resolveSession(database.db, token)).toBeNull();
    expect(await resolveSession(database.db, 'not-a-token')).toBeNull();
  });
});

describe('audit log', () => {
  it('chains a burst of entries from two processes, each process in the order it appended', async () => {
    // A second pool stands in for a second process (the worker, the CLI).
    const other = createDb(database.url, { max: 2 });
    try {
      await Promise.all([
        ...Array.from({ length: 120 }, (_, i) => appendAudit(database.db, { action: 'test.burst', target: `a${i}` })),
        ...Array.from({ length: 60 }, (_, i) => appendAudit(other.db, { action: 'test.burst', target: `b${i}` })),
      ]);
    } finally {
      await other.close();
    }
    const rows = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'test.burst')).orderBy(asc(schema.auditLog.seq));
    expect(rows).toHaveLength(180);
    expect(rows.map((r) => r.target).filter((t) => t?.startsWith('a'))).toEqual(Array.from({ length: 120 }, (_, i) => `a${i}`));
    expect(rows.map((r) => r.target).filter((t) => t?.startsWith('b'))).toEqual(Array.from({ length: 60 }, (_, i) => `b${i}`));
    expect(await verifyAuditChain(database.db, 7)).toMatchObject({ ok: true });
  });

  it('verifies an untouched chain and names the first altered row', async () => {
    await appendAudit(database.db, { action: 'test.one', target: 'x', detail: { b: 1, a: [1, 'two'] } });
    await appendAudit(database.db, { action: 'test.two', target: 'y', detail: { nested: { z: true, a: null } } });
    const intact = await verifyAuditChain(database.db, 3);
    expect(intact.ok).toBe(true);

    const [victim] = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'test.one'));
    // An attacker with superuser rights gets past the append-only trigger; the chain still tells.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(sql`update audit_log set target = 'forged' where seq = ${victim!.seq}`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });
    expect(await verifyAuditChain(database.db, 3)).toMatchObject({ ok: false, firstBadSeq: victim!.seq, reason: 'hash' });
  });

  it('rejects updates and deletes through the append-only trigger', async () => {
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toMatchObject({ cause: { message: /append-only/ } });
    await expect(database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toMatchObject({ cause: { message: /append-only/ } });
  });
});
