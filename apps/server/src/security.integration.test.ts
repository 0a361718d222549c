// The HTTP side of security on a real server: security headers (CSP that the built apps
// live with), the same-origin guard on every cookie-authenticated mutation (tRPC and the
// upload route), the per-user upload rate limit, and logging out everywhere.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server';

const HOST = 'zhijian.test';
const UPLOADS_PER_MINUTE = 3;
let database: TestDatabase;
let app: FastifyInstance;
let root: string;

beforeAll(async () => {
  database = await createTestDatabase();
  root = await mkdtemp(path.join(os.tmpdir(), 'zhijian-security-'));
  for (const name of ['library', 'query', 'analysis', 'warning']) {
    await mkdir(path.join(root, 'web', name), { recursive: true });
    await writeFile(path.join(root, 'web', name, 'index.html'), `<!doctype html><title>${name}</title>`);
  }
  await ensureDepartments(database.db, [{ code: 'housing', name: '市住房保障服务中心' }]);
  await ensureUser(database.db, { username: 'steward', displayName: '专员', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  await ensureUser(database.db, { username: 'other-steward', displayName: '专员二', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  app = await buildServer({
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    SESSION_SECRET: 'security-test-session-secret-0123456789',
    COOKIE_SECURE: false,
    LOG_LEVEL: 'silent',
    WEB_ROOT: path.join(root, 'web'),
    DATA_DIR: path.join(root, 'data'),
    QUEUE_PREFIX: uniqueQueuePrefix(),
    UPLOAD_MAX_BYTES: 1024 * 1024,
    UPLOAD_RATE_PER_MINUTE: UPLOADS_PER_MINUTE,
  });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
  await rm(root, { recursive: true, force: true });
});

async function sessionCookie(username: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username, password: 'steward-password' }, headers: { host: HOST } });
  expect(response.statusCode).toBe(200);
  return String(response.headers['set-cookie']).split(';')[0]!;
}

const me = async (cookie: string) => (await app.inject({ url: '/trpc/auth.me', headers: { cookie, host: HOST } })).json().result.data;

const mutation = (procedure: string, cookie: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/trpc/${procedure}`, payload: '{}', headers: { cookie, host: HOST, 'content-type': 'application/json', ...headers } });

const upload = (cookie: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/uploads', payload: 'a,b\n1,2\n', headers: { cookie, host: HOST, 'content-type': 'application/octet-stream', ...headers } });

describe('security headers', () => {
  it('sends a CSP the built apps can live with, and the usual hardening headers', async () => {
    for (const url of ['/library/', '/trpc/auth.me', '/health']) {
      const response = await app.inject({ url, headers: { host: HOST } });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      // Ant Design's CSS-in-JS injects <style> at run time.
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      // Plain HTTP on 127.0.0.1: no HSTS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe('same-origin guard (CSRF)', () => {
  it('refuses a cross-origin tRPC mutation carrying a valid session cookie, and it changes nothing', async () => {
    const cookie = await sessionCookie('steward');
    const refused = await mutation('auth.logoutEverywhere', cookie, { origin: 'https://evil.example' });
    expect(refused.statusCode).toBe(403);
    expect(await me(cookie)).toMatchObject({ username: 'steward' });
    // A malformed Origin is refused too; the same origin goes through.
    expect((await mutation('auth.logout', cookie, { origin: 'null' })).statusCode).toBe(403);
    expect((await mutation('auth.logout', cookie, { origin: `http://${HOST}` })).statusCode).toBe(200);
    expect(await me(cookie)).toBeNull();
  });

  it('refuses a cross-site top-level GET of a tRPC query (which may write the audit log)', async () => {
    const cookie = await sessionCookie('steward');
    const crossSite = await app.inject({ url: '/trpc/auth.me', headers: { cookie, host: HOST, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' } });
    expect(crossSite.statusCode).toBe(403);
    const ownPage = await app.inject({ url: '/trpc/auth.me', headers: { cookie, host: HOST, 'sec-fetch-site': 'same-origin' } });
    expect(ownPage.json().result.data).toMatchObject({ username: 'steward' });
  });

  it('refuses a cross-origin upload before a byte is stored', async () => {
    const cookie = await sessionCookie('other-steward');
    expect((await upload(cookie, { origin: 'https://evil.example' })).statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('logs a user out everywhere: every session of theirs ends, another user’s stays', async () => {
    const [laptop, phone, someoneElse] = [await sessionCookie('steward'), await sessionCookie('steward'), await sessionCookie('other-steward')];
    expect(laptop).not.toBe(phone);
    const response = await mutation('auth.logoutEverywhere', laptop, { origin: `http://${HOST}` });
    expect(response.statusCode).toBe(200);
    expect(await me(laptop)).toBeNull();
    expect(await me(phone)).toBeNull();
    expect(await me(someoneElse)).toMatchObject({ username: 'other-steward' });
  });
});

describe('upload rate limit', () => {
  it(`allows ${UPLOADS_PER_MINUTE} uploads per user per minute, then answers 429 with Retry-After`, async () => {
    // The window is the clock's minute: start early in one, so all attempts fall into it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await sleep(60_000 - intoMinute + 100);
    const cookie = await sessionCookie('steward');
    const other = await sessionCookie('other-steward');
    for (let i = 0; i < UPLOADS_PER_MINUTE; i++) expect((await upload(cookie)).statusCode).toBe(200);
    const refused = await upload(cookie);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error).toMatch(/too many uploads/);
    // The limit is per user.
    expect((await upload(other)).statusCode).toBe(200);
  });
});
