// DATABASE_READ_URL: relational query and analysis read from a second database, while
// sessions and the audit log stay on the primary. The "replica" here is a database of its
// own holding a delivered city that the primary does not have, so an answer can only come
// from the replica.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { refreshAnalysis } from '@zhijian/analysis';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { CITY, deliverCityFixture } from '@zhijian/query/testing';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server';

let primary: TestDatabase;
let replica: TestDatabase;
let work: string;
let withReplica: FastifyInstance;
let primaryOnly: FastifyInstance;

const options = (overrides: { DATABASE_READ_URL?: string }) => ({
  DATABASE_URL: primary.url,
  REDIS_URL: testRedisUrl(),
  SESSION_SECRET: 'a-test-session-secret-that-is-long-enough',
  COOKIE_SECURE: false,
  LOG_LEVEL: 'silent' as const,
  WEB_ROOT: work,
  DATA_DIR: path.join(work, 'data'),
  QUEUE_PREFIX: uniqueQueuePrefix(),
  UPLOAD_MAX_BYTES: 1024 * 1024,
  ...overrides,
});

beforeAll(async () => {
  [primary, replica, work] = await Promise.all([createTestDatabase(), createTestDatabase(), mkdtemp(path.join(os.tmpdir(), 'zhijian-replica-'))]);
  await ensureDepartments(primary.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(primary.db, { username: 'supervisor', displayName: '监督员', departmentCode: 'jw', roles: ['supervisor'] }, 'supervisor-password');
  await deliverCityFixture(replica, { dataDir: path.join(work, 'replica-data'), workDir: work });
  // The city's one 12345 ticket (张伟's call), in the analysis tables of the replica only.
  await refreshAnalysis(replica, 'hotline.ticket');
  withReplica = await buildServer(options({ DATABASE_READ_URL: replica.url }));
  primaryOnly = await buildServer(options({}));
});
afterAll(async () => {
  await withReplica?.close();
  await primaryOnly?.close();
  await primary?.drop();
  await replica?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function sessionCookie(app: FastifyInstance) {
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/auth.login',
    payload: { username: 'supervisor', password: 'supervisor-password' },
    headers: { host: 'zhijian.test' },
  });
  expect(response.statusCode).toBe(200);
  return String(response.headers['set-cookie']).split(';')[0]!;
}

async function query<T>(app: FastifyInstance, procedure: string, input: unknown): Promise<T> {
  const response = await app.inject({ url: `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, headers: { cookie: await sessionCookie(app) } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().result.data as T;
}

describe('DATABASE_READ_URL', () => {
  it('answers relational query from the read database, logging in against the primary', async () => {
    const hits = await query<Array<{ subject: { name: string; key: string } }>>(withReplica, 'query.search', { text: CITY.official.legacyId });
    expect(hits.map((hit) => hit.subject)).toEqual([expect.objectContaining({ name: CITY.official.name, key: CITY.official.id })]);
    // Without a read URL the same server reads the primary, which holds no city.
    expect(await query(primaryOnly, 'query.search', { text: CITY.official.legacyId })).toEqual([]);
  });

  it('answers intelligence analysis from the read database', async () => {
    const overview = await query<{ totals: { tickets: number } }>(withReplica, 'analysis.overview', {});
    expect(overview.totals.tickets).toBe(1);
    expect((await query<{ totals: { tickets: number } }>(primaryOnly, 'analysis.overview', {})).totals.tickets).toBe(0);
  });

  it('connects to the read database under its own application name', async () => {
    const { rows } = await primary.pool.query<{ datname: string }>(
      `select distinct datname from pg_stat_activity where application_name = 'zhijian-server-read' and datname = any($1)`,
      [[new URL(primary.url).pathname.slice(1), new URL(replica.url).pathname.slice(1)]],
    );
    expect(rows.map((row) => row.datname)).toEqual([new URL(replica.url).pathname.slice(1)]);
  });
});
