// The audit log covers what the security brief names: every login, every read of a
// person's profile, every export, every case transition and every model change — done
// here through the real tRPC procedures — and `zhijian audit verify` then finds the
// hash chain intact.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appRouter } from '@zhijian/api';
import { createCallerFactory, createContextInner, ensureDepartments, ensureUser, resolveSession, type SessionUser } from '@zhijian/auth';
import { CITY, deliverCityFixture } from '@zhijian/query/testing';
import { createTestDatabase, type TestDatabase, testRedisUrl } from '@zhijian/testing';
import { registerBuiltInModels } from '@zhijian/warning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const createCaller = createCallerFactory(appRouter);
let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-audit-coverage-'));
  await deliverCityFixture(database, { dataDir: path.join(dir, 'data'), workDir: dir });
  await registerBuiltInModels(database.db);
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(database.db, { username: 'admin', displayName: '管理员', departmentCode: 'jw', roles: ['admin', 'supervisor'] }, 'admin-password-1');
}, 120_000);
afterAll(async () => {
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

const caller = (user: SessionUser | null, sessionToken: string | null = null) =>
  createCaller(createContextInner({ database, dataDir: path.join(dir, 'data'), user, sessionToken, ip: '10.1.2.3' }));

describe('audit coverage', () => {
  it('logs logins, profile reads, exports, case transitions and model changes, and the chain verifies', async () => {
    let token: string | null = null;
    const anonymous = createCaller(
      createContextInner({ database, ip: '10.1.2.3', cookies: { set: (value) => (token = value), clear: () => (token = null) } }),
    );
    await anonymous.auth.login({ username: 'admin', password: 'admin-password-1' });
    const admin = caller(await resolveSession(database.db, token), token);

    const { rows: persons } = await database.pool.query<{ id: number }>(`select id::int from subjects where key = $1`, [CITY.official.id]);
    const purpose = '审计覆盖测试 / audit coverage test';
    await admin.query.profile({ subjectId: persons[0]!.id, purpose });
    await admin.query.exportProfile({ subjectId: persons[0]!.id, purpose });
    await admin.analysis.exportXlsx({ view: 'departments' });

    const { rows: warnings } = await database.pool.query<{ id: string }>(
      `insert into warnings (model_code, model_version, severity, subject_type, subject_key, subject_name, amount, details, evidence_record_ids, first_run_id, last_run_id)
       values ('housing.owns_property', 1, 'high', 'person', $1, '王建国', 100, '{}', '{}', gen_random_uuid(), gen_random_uuid()) returning id`,
      [CITY.official.id],
    );
    await admin.warning.dossier({ id: warnings[0]!.id });
    const opened = await admin.casework.open({ source: 'warning', warningId: warnings[0]!.id });
    await admin.casework.act({ id: opened.id, action: 'push', departmentCode: 'realestate' });

    await admin.warning.models.setEnabled({ code: 'hotline.overdue', enabled: false });
    await admin.warning.models.setParams({ code: 'housing.income_over_limit', params: { income_limit_yuan: 1800 } });

    const { rows } = await database.pool.query<{ action: string; actor_username: string | null; target: string | null }>(
      `select action, actor_username, target from audit_log order by seq`,
    );
    const logged = (action: string, target?: string) => rows.some((r) => r.action === action && r.actor_username === 'admin' && (target === undefined || r.target?.includes(target)));
    expect(logged('auth.login', 'admin')).toBe(true);
    expect(logged('query.profile')).toBe(true);
    expect(logged('query.export')).toBe(true);
    expect(logged('analysis.export', 'departments')).toBe(true);
    expect(logged('warning.export', warnings[0]!.id)).toBe(true);
    expect(logged('case.open', opened.id)).toBe(true);
    expect(logged('case.push', opened.id)).toBe(true);
    expect(logged('model.disable', 'hotline.overdue')).toBe(true);
    expect(logged('model.params', 'housing.income_over_limit')).toBe(true);

    const verify = await runCli(['audit', 'verify', '--json'], { DATABASE_URL: database.url, REDIS_URL: testRedisUrl() });
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, checked: rows.length });
  });
});
