// `zhijian query`: search and profile from the command line, on the hand-built city.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CITY, deliverCityFixture } from '@zhijian/query/testing';
import { createTestDatabase, type TestDatabase, testRedisUrl } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-cli-query-'));
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), DATA_DIR: path.join(dir, 'data') };
  await deliverCityFixture(database, { dataDir: env.DATA_DIR!, workDir: dir });
});
afterAll(() => database.drop());

describe('zhijian query', () => {
  it('searches by a messy ID and prints JSON hits with their departments', async () => {
    const run = await runCli(['query', 'search', ` ${CITY.official.legacyId} `, '--json'], env);
    expect(run.code).toBe(0);
    const [hit] = JSON.parse(run.stdout) as Array<{ subject: { key: string; name: string }; departments: Array<{ code: string }> }>;
    expect(hit).toMatchObject({ subject: { key: CITY.official.id, name: '王建国' } });
    expect(hit!.departments.map((d) => d.code).sort()).toEqual(['hr', 'police', 'realestate']);
    expect((await runCli(['query', 'search', 'wjg'], env)).stdout).toContain('王建国');
  });

  it('shows a person’s profile only with a purpose, and audits it', async () => {
    const refused = await runCli(['query', 'profile', 'person', CITY.official.legacyId], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--purpose');
    const run = await runCli(['query', 'profile', 'person', CITY.official.legacyId, '--purpose', '线索核查', '--json'], env);
    expect(run.code).toBe(0);
    const profile = JSON.parse(run.stdout) as { subject: { name: string }; relations: { current: Array<{ type: string }> } };
    expect(profile.subject.name).toBe('王建国');
    expect(profile.relations.current.map((r) => r.type).sort()).toEqual(['employment', 'family']);
    const { rows } = await database.pool.query(`select actor_username, detail->>'purpose' as purpose from audit_log where action = 'query.profile'`);
    expect(rows).toEqual([{ actor_username: 'cli', purpose: '线索核查' }]);
    const human = await runCli(['query', 'profile', 'organization', CITY.enterprise.uscc], env);
    expect(human.stdout).toContain('legal_representative');
  });
});
