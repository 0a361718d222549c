// Downloading a batch's rejects as CSV and XLSX: raw values, reasons, formula cells
// neutralized, and the same department scoping as the batch itself.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { addResponsibility, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server';

let database: TestDatabase;
let app: FastifyInstance;
let batchId: string;

const goodId = () => {
  const first17 = '43070219800115001';
  return first17 + residentIdCheckCharacter(first17);
};

beforeAll(async () => {
  database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-rejects-'));
  await ensureDepartments(database.db, [
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'civil', name: '市民政局' },
  ]);
  await ensureUser(database.db, { username: 'steward', displayName: '专员', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  await ensureUser(database.db, { username: 'civil', displayName: '民政', departmentCode: 'civil', roles: ['steward'] }, 'civil-password');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly' });
  const file = path.join(dataDir, 'subsidy.csv');
  await writeFile(file, `身份证号,姓名,月份,金额\n${goodId()},张三,2026-10,600\n123,=HYPERLINK("http://x"),2026-13,600\n${goodId()},@李四,2026-11,-1+2\n`);
  const stored = await storeFeedFile(dataDir, file);
  ({ batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName: 'subsidy.csv', datasetCode: 'housing.rental_subsidy', departmentCode: 'housing', uploadedVia: 'cli' }));
  await stageBatch(database, batchId, { dataDir });
  await publishBatch(database, batchId);
  app = await buildServer({
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    SESSION_SECRET: 'rejects-test-session-secret-0123456789',
    COOKIE_SECURE: false,
    LOG_LEVEL: 'silent',
    WEB_ROOT: dataDir,
    DATA_DIR: dataDir,
    QUEUE_PREFIX: uniqueQueuePrefix(),
    UPLOAD_MAX_BYTES: 1024 * 1024,
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

describe('rejects downloads', () => {
  it('CSV: raw values and reasons, formulas neutralized', async () => {
    const response = await app.inject({ url: `/api/batches/${batchId}/rejects.csv`, headers: { cookie: await sessionCookie('steward', 'steward-password') } });
    expect(response.statusCode).toBe(200);
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('行号 row,身份证号,姓名,月份,金额,错误 errors');
    expect(lines[1]).toMatch(/^3,123,"'=HYPERLINK\(""http:\/\/x""\)",2026-13,600,/);
    expect(lines[2]).toMatch(/^4,\d{17}[\dX],'@李四,2026-11,'-1\+2,/);
  });

  it('XLSX: a real workbook with row number, each source column, then field / code / message', async () => {
    const response = await app.inject({ url: `/api/batches/${batchId}/rejects.xlsx`, headers: { cookie: await sessionCookie('steward', 'steward-password') } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/rejects-housing\.rental_subsidy-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['行号 row', '身份证号', '姓名', '月份', '金额', '错误字段 field', '错误代码 code', '错误说明 message']);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 5)).toEqual([3, '123', `'=HYPERLINK("http://x")`, '2026-13', '600']);
    expect(String(rows[1]![5]).split('\n').sort()).toEqual(['id_number', 'month', 'name']); // a formula is no name either
    expect(String(rows[1]![6])).toMatch(/^id\./m);
    expect(rows[2]!.slice(0, 5)).toEqual([4, goodId(), "'@李四", '2026-11', "'-1+2"]);
    const fields = String(rows[2]![5]).split('\n');
    const codes = String(rows[2]![6]).split('\n');
    expect(codes[fields.indexOf('amount')]).toMatch(/^amount\./); // one line per error, aligned across the three columns
  });

  it('keeps the department scoping of the batch: another department’s steward gets 404, anonymous 401', async () => {
    const other = await sessionCookie('civil', 'civil-password');
    for (const ext of ['csv', 'xlsx']) {
      expect((await app.inject({ url: `/api/batches/${batchId}/rejects.${ext}`, headers: { cookie: other } })).statusCode).toBe(404);
      expect((await app.inject({ url: `/api/batches/${batchId}/rejects.${ext}` })).statusCode).toBe(401);
    }
  });
});
