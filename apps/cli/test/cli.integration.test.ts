import { createTestDatabase, type TestDatabase, testRedisUrl } from '@zhijian/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl() };
});
afterAll(() => database.drop());

describe('zhijian CLI', () => {
  it('prints help listing its commands', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['start', 'serve', 'worker', 'db', 'department', 'user', 'audit', 'check']) expect(run.stdout).toContain(command);
  });

  it('prints usage and exits non-zero on bad arguments', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command/);
    expect(unknown.stderr).toMatch(/Usage: zhijian/);

    const missingRole = await runCli(['user', 'add', 'li', '--department', 'jw', '--password', 'long-enough'], env);
    expect(missingRole.code).not.toBe(0);
    expect(missingRole.stderr).toMatch(/--role/);

    const badRole = await runCli(['user', 'add', 'li', '--role', 'king', '--department', 'jw'], env);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/Allowed choices are admin, analyst, steward, supervisor, handler/);
  });

  it('stops with one clear line when an environment variable is malformed', async () => {
    const run = await runCli(['department', 'list'], { DATABASE_URL: 'not a url' });
    expect(run.code).toBe(78);
    expect(run.stderr.trim()).toMatch(/^zhijian: Environment variable DATABASE_URL is invalid: .*\(got "not a url"\)$/);
  });

  it('migrates, adds departments and users, with --json output', async () => {
    expect((await runCli(['db', 'migrate', '--json'], env)).stdout).toContain('"ok":true');

    const added = await runCli(['department', 'add', 'housing', '市住房保障服务中心', '--json'], env);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ code: 'housing', name: '市住房保障服务中心' });

    const again = await runCli(['department', 'add', 'housing', '重复'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const user = await runCli(
      ['user', 'add', 'Zhang.Wei', '--role', 'steward', 'handler', '--department', 'housing', '--password', 'a-long-password', '--json'],
      env,
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({ username: 'zhang.wei', roles: ['steward', 'handler'], departmentCode: 'housing' });

    const unknownDepartment = await runCli(['user', 'add', 'li', '--role', 'analyst', '--department', 'nowhere', '--password', 'a-long-password'], env);
    expect(unknownDepartment.code).toBe(1);
    expect(unknownDepartment.stderr).toMatch(/unknown department: nowhere/);

    const noTerminal = await runCli(['user', 'add', 'li', '--role', 'analyst', '--department', 'housing'], env);
    expect(noTerminal.code).toBe(1);
    expect(noTerminal.stderr).toMatch(/--password/);

    const list = await runCli(['department', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toContainEqual({ code: 'housing', name: '市住房保障服务中心' });
  });

  it('verifies the audit log and names the first altered row', async () => {
    const intact = await runCli(['audit', 'verify', '--json'], env);
    expect(intact.code).toBe(0);
    const verified = JSON.parse(intact.stdout) as { ok: boolean; checked: number };
    expect(verified.ok).toBe(true);
    expect(verified.checked).toBeGreaterThanOrEqual(2);

    const { rows } = await database.pool.query<{ seq: string }>("select seq from audit_log where action = 'user.create' order by seq limit 1");
    const seq = Number(rows[0]!.seq);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(sql`update audit_log set detail = '{"roles":["admin"]}' where seq = ${seq}`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });

    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`seq=${seq}`);
  });
});
