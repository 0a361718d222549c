// A steward's delivery through the library console in Chromium: GBK CSV and an XLSX with a
// title row, mapping preview, confirm, progress, quality report and rejects.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { addResponsibility, registerBuiltInDatasets } from '@zhijian/ingest';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn as logInWith } from './browser';
import { startWorkerProcess } from './platform-processes';
import { type RunningServer, startServerProcess } from './server-process';

const screenshots = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));
const id = (seq: number) => {
  const first17 = `43070219800115${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

let database: TestDatabase;
let server: RunningServer;
let worker: { stop(): Promise<void> };
let browser: BrowserContext;
let work: string;

beforeAll(async () => {
  database = await createTestDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-library-'));
  await ensureDepartments(database.db, [
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'realestate', name: '市不动产登记中心' },
  ]);
  await ensureUser(database.db, { username: 'housing', displayName: '住房专员', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  await ensureUser(database.db, { username: 'registry', displayName: '登记专员', departmentCode: 'realestate', roles: ['steward'] }, 'steward-password');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 });
  await addResponsibility(database.db, { departmentCode: 'realestate', datasetCode: 'realestate.property', frequency: 'monthly' });
  const env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') };
  server = await startServerProcess(env);
  worker = startWorkerProcess(env);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await server?.stop();
  await database?.drop();
});

async function logIn(page: Page, username: string) {
  await logInWith(page, { browser, appUrl: `${server.baseUrl}/library/` }, { username, password: 'steward-password' }, 'nav-page-deliver');
}

async function deliver(page: Page, datasetCode: string, file: string) {
  await page.getByTestId('nav-page-deliver').click();
  await page.getByTestId('deliver-dataset').click();
  await page.locator('.ant-select-item-option', { hasText: `(${datasetCode})` }).click();
  await page.locator('[data-testid=deliver-file] input[type=file]').setInputFiles(file);
  await expect.poll(() => page.getByTestId('preview-table').isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await page.getByTestId('preview-missing-required').count()).toBe(0);
}

async function confirmAndWait(page: Page, name: string) {
  await page.getByTestId('preview-confirm').click();
  await expect
    .poll(() => page.getByTestId('batch-status').getAttribute('data-status'), { timeout: 60_000 })
    .toBe('published');
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  return {
    loaded: Number(await page.getByTestId('quality-loaded').getAttribute('data-value')),
    rejected: Number(await page.getByTestId('quality-rejected').getAttribute('data-value')),
  };
}

describe('the library console in Chromium', () => {
  it('delivers a GBK CSV: preview, confirm, progress, quality report and rejects', async () => {
    const file = path.join(work, '公租房补贴-2026年11月.csv');
    const lines = ['公民身份号码,姓名,发放月份,发放金额(元)', `${id(1)},张三,2026-11,"1,200.00"`, `${id(2)},李四,2026年11月,0.06万元`, `${id(3).slice(0, 17)}0,王五,2026-11,600`];
    await writeFile(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
    const page = await browser.newPage();
    await logIn(page, 'housing');
    await deliver(page, 'housing.rental_subsidy', file);
    await page.screenshot({ path: path.join(screenshots, 'deliver-preview.png'), fullPage: true });
    expect(await page.getByTestId('preview-table').textContent()).toContain('张三');

    expect(await confirmAndWait(page, 'deliver-csv-done')).toEqual({ loaded: 2, rejected: 1 });
    await page.getByTestId('deliver-batch-link').click();
    await expect.poll(() => page.getByTestId('rejects-table').textContent(), { timeout: 15_000 }).toContain('王五');
    await page.screenshot({ path: path.join(screenshots, 'batch-detail.png'), fullPage: true });
    await page.close();
  });

  it('delivers an XLSX whose header sits under a merged title row', async () => {
    const file = path.join(work, '不动产登记.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('登记信息');
    sheet.mergeCells('A1:E1');
    sheet.getCell('A1').value = '2026年11月不动产登记信息表';
    sheet.addRow(['不动产权证号', '权利人证件号', '权利人', '用途', '登记日期']);
    sheet.addRow(['湘(2026)常德市不动产权第0000001号', id(1), '张三', '住宅', new Date(Date.UTC(2026, 3, 1))]);
    sheet.addRow(['湘(2026)常德市不动产权第0000002号', id(2), '李四', '商业', new Date(Date.UTC(2026, 4, 1))]);
    await workbook.xlsx.writeFile(file);

    const page = await browser.newPage();
    await logIn(page, 'registry');
    await deliver(page, 'realestate.property', file);
    expect(await confirmAndWait(page, 'deliver-xlsx-done')).toEqual({ loaded: 2, rejected: 0 });
    await page.close();
  });

  it('shows the data-responsibility list with the last delivery', async () => {
    const page = await browser.newPage();
    await logIn(page, 'housing');
    await page.getByTestId('nav-page-responsibilities').click();
    const row = page.getByTestId('responsibility-row-housing-housing.rental_subsidy');
    await expect.poll(() => row.getAttribute('data-overdue'), { timeout: 15_000 }).toBe('false');
    await page.screenshot({ path: path.join(screenshots, 'responsibilities.png'), fullPage: true });
    await page.close();
  });
});
