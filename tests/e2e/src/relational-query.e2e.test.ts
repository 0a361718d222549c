// Relational query in Chromium: an analyst searches a person by a 15-digit ID, states the
// purpose, opens the profile, expands two hops, finds the path to an enterprise and exports
// — seeing masked IDs everywhere, exports included; the audit log keeps the purpose, and a
// supervisor reviews the lookup.
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { CITY, deliverCityFixture } from '@zhijian/query/testing';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn as logInWith } from './browser';
import { type RunningServer, startServerProcess } from './server-process';

const screenshots = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));
const PURPOSE = '核查公职人员亲属经商办企业线索 2024-031';
const maskedOfficialId = `${CITY.official.id.slice(0, 6)}********${CITY.official.id.slice(-4)}`;

let database: TestDatabase;
let server: RunningServer;
let browser: BrowserContext;

beforeAll(async () => {
  database = await createTestDatabase();
  const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-query-'));
  const dataDir = path.join(work, 'data');
  await deliverCityFixture(database, { dataDir, workDir: work });
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  await ensureUser(database.db, { username: 'analyst', displayName: '分析员', departmentCode: 'jw', roles: ['analyst'] }, 'query-password');
  await ensureUser(database.db, { username: 'supervisor', displayName: '监督员', departmentCode: 'jw', roles: ['supervisor'] }, 'query-password');
  server = await startServerProcess({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: dataDir });
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

async function logIn(page: Page, username: string) {
  await logInWith(page, { browser, appUrl: `${server.baseUrl}/query/` }, { username, password: 'query-password' }, 'search-input');
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile((await file.path())!);
}

async function workbookCells(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells;
}

describe('relational query', () => {
  it('takes an analyst from a 15-digit ID to the path to an enterprise, masked throughout', async () => {
    const page = await browser.newPage();
    await logIn(page, 'analyst');

    await page.locator('[data-testid=search-input] input').fill(CITY.official.legacyId);
    await page.locator('[data-testid=search-input] input').press('Enter');
    await expect.poll(() => page.getByTestId('search-hit-name').first().textContent(), { timeout: 15_000 }).toBe('王建国');
    expect(await page.getByTestId('search-hit-key').first().textContent()).toBe(maskedOfficialId);
    await page.getByTestId('search-hit-name').first().click();

    // The lookup of a person asks for its purpose first.
    await expect.poll(() => page.getByTestId('purpose-input').isVisible()).toBe(true);
    await page.getByTestId('purpose-input').fill(PURPOSE);
    await page.getByTestId('purpose-confirm').click();
    await expect.poll(() => page.getByTestId('profile-name').textContent(), { timeout: 15_000 }).toBe('王建国');
    expect(await page.getByTestId('profile-key').textContent()).toBe(maskedOfficialId);
    expect(await page.getByTestId('profile-departments').textContent()).toContain('市委组织部');
    await page.getByRole('tab', { name: '关系' }).click();
    expect(await page.getByTestId('relations-current').textContent()).toContain(CITY.bureau.name);
    expect(await page.content()).not.toContain(CITY.official.id);
    await page.screenshot({ path: path.join(screenshots, 'query-profile.png'), fullPage: true });

    const profileCells = await workbookCells(await download(page, 'export-profile'));
    expect(profileCells).toContain(maskedOfficialId);
    expect(profileCells.join('\n')).not.toContain(CITY.official.id);

    // Two hops: the spouse's enterprise appears; the bureau is a hub, summarized.
    await page.getByTestId('open-graph').click();
    await expect.poll(() => page.getByTestId('graph-node-list').textContent(), { timeout: 15_000 }).toContain(CITY.enterprise.name);
    expect(await page.getByTestId('graph-node-list').textContent()).toContain(`${CITY.bureau.name} (64)`);
    expect(await page.getByTestId('graph-summary').textContent()).toBe('5 个节点，4 条关系');

    await page.getByTestId('path-target').click();
    await page.locator('.ant-select-item-option', { hasText: CITY.enterprise.name }).click();
    await page.getByTestId('find-path').click();
    await expect.poll(() => page.getByTestId('path-result').textContent(), { timeout: 15_000 }).toBe('找到 3 条最短路径，长度 2');
    expect(await page.locator('[data-testid=graph-node][data-path=yes]').count()).toBe(4);
    await page.screenshot({ path: path.join(screenshots, 'query-graph-path.png'), fullPage: true });

    const png = await download(page, 'graph-export-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await download(page, 'graph-export-svg')).toString('utf8');
    expect(svg).toContain('<svg');
    const graphCells = await workbookCells(await download(page, 'graph-export-xlsx'));
    expect(graphCells).toContain(maskedOfficialId);
    expect(graphCells.join('\n')).not.toContain(CITY.official.id);

    const { rows } = await database.pool.query(`select actor_username, action, detail->>'purpose' as purpose from audit_log where action = 'query.profile'`);
    expect(rows).toEqual([{ actor_username: 'analyst', action: 'query.profile', purpose: PURPOSE }]);
    await page.close();
  });

  it('lets a supervisor see the full ID and review who looked up whom, with the purpose', async () => {
    const page = await browser.newPage();
    await logIn(page, 'supervisor');
    await page.locator('[data-testid=search-input] input').fill(CITY.official.legacyId);
    await page.locator('[data-testid=search-input] input').press('Enter');
    await expect.poll(() => page.getByTestId('search-hit-key').first().textContent(), { timeout: 15_000 }).toBe(CITY.official.id);
    await page.getByTestId('nav-page-lookups').click();
    await expect.poll(() => page.getByTestId('lookups-table').textContent(), { timeout: 15_000 }).toContain(PURPOSE);
    expect(await page.getByTestId('lookups-table').textContent()).toContain('analyst');
    await page.close();
  });
});
