import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { findFreePort } from '@zhijian/local-services';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server';

let database: TestDatabase;
let app: FastifyInstance;
let webRoot: string;

const SECRET = 'a-test-session-secret-that-is-long-enough';
const serverOptions = (overrides: { REDIS_URL?: string } = {}) => ({
  DATABASE_URL: database.url,
  REDIS_URL: overrides.REDIS_URL ?? testRedisUrl(),
  SESSION_SECRET: SECRET,
  COOKIE_SECURE: false,
  LOG_LEVEL: 'silent' as const,
  WEB_ROOT: webRoot,
  DATA_DIR: path.join(webRoot, 'data'),
  QUEUE_PREFIX: uniqueQueuePrefix(),
  UPLOAD_MAX_BYTES: 10 * 1024 * 1024,
});

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(database.db, { username: 'analyst', displayName: '分析员', departmentCode: 'jw', roles: ['analyst'] }, 'analyst-password');
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'zhijian-web-'));
  for (const name of ['library', 'query', 'analysis', 'warning']) {
    await mkdir(path.join(webRoot, name), { recursive: true });
    await writeFile(path.join(webRoot, name, 'index.html'), `<!doctype html><title>${name}</title>`);
  }
  app = await buildServer(serverOptions());
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username, password }, headers: { host: 'zhijian.test', ...headers } });

describe('server', () => {
  it('reports PostgreSQL and Redis reachable on /health', async () => {
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('logs in with an httpOnly SameSite session cookie, knows the user, and logs out', async () => {
    const response = await login('analyst', 'analyst-password');
    expect(response.statusCode).toBe(200);
    expect(response.json().result.data).toMatchObject({ username: 'analyst', roles: ['analyst'], apps: ['library', 'query', 'analysis', 'warning'] });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/zj_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);

    const cookie = setCookie.split(';')[0]!;
    const me = await app.inject({ url: '/trpc/auth.me', headers: { cookie } });
    expect(me.json().result.data).toMatchObject({ username: 'analyst', department: { code: 'jw', name: '市纪委监委' } });

    const logout = await app.inject({
      method: 'POST',
      url: '/trpc/auth.logout',
      headers: { cookie, host: 'zhijian.test', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(logout.statusCode).toBe(200);
    const after = await app.inject({ url: '/trpc/auth.me', headers: { cookie } });
    expect(after.json().result.data).toBeNull();
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await login('analyst', 'not-the-password');
    const unknown = await login('nobody', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('ignores a forged (unsigned) session cookie', async () => {
    const me = await app.inject({ url: '/trpc/auth.me', headers: { cookie: 'zj_session=forged-token' } });
    expect(me.json().result.data).toBeNull();
  });

  it('refuses cookie-authenticated mutations from another site', async () => {
    const response = await login('analyst', 'analyst-password', { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
  });

  it('serves each web app under its path with a single-page fallback', async () => {
    expect((await app.inject({ url: '/' })).headers.location).toBe('/library/');
    const deep = await app.inject({ url: '/query/subject/123' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>query</title>');
  });

  it('reports Redis unreachable with 503', async () => {
    const port = await findFreePort();
    const degraded = await buildServer(serverOptions({ REDIS_URL: `redis://127.0.0.1:${port}` }));
    try {
      const response = await degraded.inject({ url: '/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'degraded', database: { ok: true }, redis: { ok: false } });
    } finally {
      await degraded.close();
    }
  });
});
