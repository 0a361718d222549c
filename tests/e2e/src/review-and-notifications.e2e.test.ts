// A steward in the library console: the bell shows an unread notification, the review
// queue (待核对匹配) lists a 12345 caller's candidates and accepting one links the ticket,
// and a batch with rejects offers them as XLSX beside CSV.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDepartments, ensureUser, notifyDepartmentRoles } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { addResponsibility, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn as logInWith } from './browser';
import { type RunningServer, startServerProcess } from './server-process';

const screenshots = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));
const id = (seq: number) => {
  const first17 = `43070219800115${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

let database: TestDatabase;
let server: RunningServer;
let browser: BrowserContext;
let ticketsBatch: string;

async function deliver(dataDir: string, fileName: string, content: string, datasetCode: string, departmentCode: string) {
  const file = path.join(dataDir, fileName);
  await writeFile(file, content);
  const stored = await storeFeedFile(dataDir, file);
  const { batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName, datasetCode, departmentCode, uploadedVia: 'cli' });
  await stageBatch(database, batchId, { dataDir });
  await publishBatch(database, batchId);
  return batchId;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-review-'));
  const dataDir = path.join(work, 'data');
  await mkdir(dataDir, { recursive: true });
  await ensureDepartments(database.db, [
    { code: 'police', name: '市公安局' },
    { code: 'hotline', name: '12345市长热线' },
  ]);
  await ensureUser(database.db, { username: 'hotline', displayName: '热线专员', departmentCode: 'hotline', roles: ['steward'] }, 'steward-password');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'police', datasetCode: 'population.person', frequency: 'monthly' });
  await addResponsibility(database.db, { departmentCode: 'hotline', datasetCode: 'hotline.ticket', frequency: 'daily' });
  await deliver(dataDir, 'people.csv', `身份证号,姓名,户籍所在区划\n${id(1)},孙丽,430702\n${id(2)},孙丽,430702\n`, 'population.person', 'police');
  ticketsBatch = await deliver(
    dataDir,
    'tickets.csv',
    '工单编号,受理时间,来电人,所属区县,诉求内容\nT1,2026-06-01 08:00,孙丽,430702,小区路灯不亮\nT2,2026-06-01 09:00,某人,430702,\n',
    'hotline.ticket',
    'hotline',
  );
  const [hotline] = await database.db.select().from(schema.departments).where(eq(schema.departments.code, 'hotline'));
  await notifyDepartmentRoles(database.db, {
    departmentId: hotline!.id,
    roles: ['steward'],
    kind: 'responsibility.overdue',
    title: '数据逾期未交付：12345热线工单 / Delivery overdue: 12345 hotline tickets',
    body: '请尽快交付',
    link: '/library/responsibilities',
    dedupeKey: 'e2e',
  });
  server = await startServerProcess({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: dataDir });
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

async function logIn(page: Page) {
  await logInWith(page, { browser, appUrl: `${server.baseUrl}/library/` }, { username: 'hotline', password: 'steward-password' }, 'nav-page-reviews');
}

describe('library console: bell, review queue, rejects XLSX', () => {
  it('shows the unread notification under the bell and marks it read', async () => {
    const page = await browser.newPage();
    await logIn(page);
    await expect.poll(() => page.getByTestId('notification-count').textContent(), { timeout: 15_000 }).toContain('1');
    await page.getByTestId('notification-bell').click();
    await expect.poll(() => page.getByTestId('notification-list').textContent(), { timeout: 10_000 }).toContain('数据逾期未交付');
    await page.screenshot({ path: path.join(screenshots, 'notifications.png') });
    await page.getByTestId('notifications-read-all').click();
    await expect.poll(() => page.locator('[data-testid=notification-count] .ant-badge-count').count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('lists the caller’s two candidates in 待核对匹配 and accepting one links the ticket', async () => {
    const page = await browser.newPage();
    await logIn(page);
    await page.getByTestId('nav-page-reviews').click();
    const rows = page.locator('[data-testid^=review-row-]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByTestId('reviews-table').textContent()).toContain('孙丽');
    await page.screenshot({ path: path.join(screenshots, 'reviews.png'), fullPage: true });
    await page.locator('[data-testid^=review-accept-]').first().click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(0);
    const { rows: links } = await database.pool.query<{ key: string }>(
      "select s.key from record_subjects rs join subjects s on s.id = rs.subject_id where rs.role = 'caller'",
    );
    expect(links.map((l) => l.key)).toEqual([id(1)]);
    await page.close();
  });

  it('offers the rejects as XLSX beside CSV on the batch page', async () => {
    const page = await browser.newPage();
    await logIn(page);
    await page.goto(`${server.baseUrl}/library/batches/${ticketsBatch}`);
    await expect.poll(() => page.getByTestId('rejects-download-xlsx').isVisible(), { timeout: 15_000 }).toBe(true);
    const href = await page.getByTestId('rejects-download-xlsx').getAttribute('href');
    expect(href).toBe(`/api/batches/${ticketsBatch}/rejects.xlsx`);
    const response = await page.request.get(`${server.baseUrl}${href}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK'); // a zip: the XLSX container
    await page.close();
  });
});
