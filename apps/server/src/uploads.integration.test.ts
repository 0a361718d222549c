import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { storedFilePath } from '@zhijian/ingest';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from './routes/rejects-download';
import { buildServer } from './server';

let database: TestDatabase;
let app: FastifyInstance;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-upload-'));
  await ensureDepartments(database.db, [{ code: 'housing', name: '市住房保障服务中心' }]);
  await ensureUser(database.db, { username: 'steward', displayName: '专员', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  await ensureUser(database.db, { username: 'handler', displayName: '承办', departmentCode: 'housing', roles: ['handler'] }, 'handler-password');
  app = await buildServer({
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    SESSION_SECRET: 'upload-test-session-secret-0123456789',
    COOKIE_SECURE: false,
    LOG_LEVEL: 'silent',
    WEB_ROOT: dataDir,
    DATA_DIR: dataDir,
    QUEUE_PREFIX: uniqueQueuePrefix(),
    UPLOAD_MAX_BYTES: 1024,
  });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

async function sessionCookie(username: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username, password } });
  return String(response.headers['set-cookie']).split(';')[0]!;
}

const upload = (body: string | Buffer, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/uploads', payload: body, headers: { 'content-type': 'application/octet-stream', ...headers } });

describe('POST /api/uploads', () => {
  it('streams a steward’s file into the store under its SHA-256', async () => {
    const body = '身份证号,姓名\n430702197402186286,张三\n';
    const response = await upload(body, { cookie: await sessionCookie('steward', 'steward-password'), 'x-file-name': encodeURIComponent('补贴.csv') });
    expect(response.statusCode).toBe(200);
    const sha256 = createHash('sha256').update(body).digest('hex');
    expect(response.json()).toEqual({ sha256, size: Buffer.byteLength(body), fileName: '补贴.csv' });
    expect(await readFile(storedFilePath(dataDir, sha256), 'utf8')).toBe(body);
  });

  it('refuses anonymous callers and users who are not stewards', async () => {
    expect((await upload('x', {})).statusCode).toBe(401);
    expect((await upload('x', { cookie: await sessionCookie('handler', 'handler-password') })).statusCode).toBe(403);
  });

  it('refuses a file over the limit with 413', async () => {
    const cookie = await sessionCookie('steward', 'steward-password');
    const response = await upload(Buffer.alloc(4096, 65), { cookie });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatch(/1024 bytes/);
  });
});

describe('an upload interrupted half way', () => {
  it('stores nothing, leaves no temporary file, and the server takes the next upload', async () => {
    const cookie = await sessionCookie('steward', 'steward-password');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const closed = new Promise<void>((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/uploads',
        headers: { cookie, 'content-type': 'application/octet-stream', 'content-length': '900', 'x-file-name': 'half.csv' },
      });
      request.on('error', () => resolve());
      request.on('close', () => resolve());
      // Half the promised bytes, then the connection drops (a browser tab closed mid-upload).
      request.write(Buffer.alloc(450, 66), () => setTimeout(() => request.destroy(), 100));
    });
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const leftovers = await readdir(path.join(dataDir, 'tmp')).catch(() => []);
    expect(leftovers).toEqual([]);
    const stored = createHash('sha256').update(Buffer.alloc(450, 66)).digest('hex');
    await expect(readFile(storedFilePath(dataDir, stored))).rejects.toThrow(/ENOENT/);
    const next = await upload('身份证号\n', { cookie });
    expect(next.statusCode).toBe(200);
  });
});

describe('rejects CSV', () => {
  it('neutralizes cells that would run as spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('张三')).toBe('张三');
    expect(csvCell(null)).toBe('');
  });
});
