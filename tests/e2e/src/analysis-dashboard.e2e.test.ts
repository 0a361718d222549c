// 情报分析 in Chromium: an analyst opens the hotline dashboard, filters one county, clicks
// the county's shape to list its tickets, opens one, and goes on to the caller's profile
// in relational query — the drill-down from a chart to a person.
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { refreshAnalysis } from '@zhijian/analysis';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { insertRecordsWithoutSubjectSql, insertSubjects, schema } from '@zhijian/db';
import { registerBuiltInDatasets } from '@zhijian/ingest';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn } from './browser';
import { type RunningServer, startServerProcess } from './server-process';

const screenshots = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));
const PASSWORD = 'analysis-password';

let database: TestDatabase;
let server: RunningServer;
let browser: BrowserContext;

/** One resident (王建国) and four published tickets: three in 桃源县, one of them his (linked by name matching). */
async function seedLibrary() {
  const departments = Object.fromEntries((await database.db.select().from(schema.departments)).map((d) => [d.code, d.id]));
  const batch = async (dataset: string, department: string) => {
    const [row] = await database.db
      .insert(schema.batches)
      .values({ datasetCode: dataset, datasetVersion: 1, departmentId: departments[department]!, fileSha256: dataset, fileName: `${dataset}.csv`, fileSize: 1, status: 'published' })
      .returning({ id: schema.batches.id });
    return row!.id;
  };
  const person = (await insertSubjects(database.pool, [{ type: 'person', key: '430725198001150017', name: '王建国' }]))[0]!;
  const population = await batch('population.person', 'police');
  await database.pool.query(
    `insert into records (dataset_code, batch_id, row_number, subject_id, subject_role, attrs) values ('population.person', $1, 2, $2, 'person', $3)`,
    [population, person, { id_number: '430725198001150017', name: '王建国', region_code: '430725' }],
  );
  const hotline = await batch('hotline.ticket', 'hotline');
  const tickets = [
    ['202610020000001', '430725', '13900000001', '王建国', '供水供电', '桃源县漳江路1号', '漳江路一带连续停水，请尽快恢复供水。'],
    ['202610050000002', '430725', '13900000002', null, '供水供电', '桃源县漳江路2号', '桃源县城区停水，没有通知。'],
    ['202610090000003', '430725', '13900000003', null, '城市管理', '桃源县黄甲铺路3号', '占道经营影响通行。'],
    ['202610030000004', '430702', '13900000004', null, '城市管理', '武陵区人民路4号', '噪音扰民。'],
  ] as const;
  for (const [i, [ticketNo, region, phone, name, category, address, content]] of tickets.entries()) {
    const day = `2026-10-${ticketNo.slice(6, 8)}`;
    const { rows: inserted } = await database.pool.query<{ id: string }>(
      `${insertRecordsWithoutSubjectSql(`select 'hotline.ticket', $1::uuid, $2::int, $3::jsonb, $4::date`, ['dataset_code', 'batch_id', 'row_number', 'attrs', 'valid_from'])} returning id`,
      [hotline, i + 2, { ticket_no: ticketNo, received_at: `${day}T02:00:00.000Z`, caller_phone: phone, caller_name: name, category, region_code: region, address, content, assigned_department: `${category}局`, due_at: `${day}T10:00:00.000Z`, returned_count: 0 }, day],
    );
    if (name) await database.pool.query(`insert into record_subjects (record_id, role, subject_id, match_score) values ($1, 'caller', $2, 100)`, [inserted[0]!.id, person]);
  }
  await refreshAnalysis(database, 'hotline.ticket');
  return person;
}

let personId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-analysis-'));
  await ensureDepartments(database.db, [
    { code: 'jw', name: '市纪委监委' },
    { code: 'police', name: '市公安局' },
    { code: 'hotline', name: '12345市长热线' },
  ]);
  await ensureUser(database.db, { username: 'analyst', displayName: '分析员', departmentCode: 'jw', roles: ['analyst'] }, PASSWORD);
  await registerBuiltInDatasets(database.db);
  personId = await seedLibrary();
  server = await startServerProcess({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') });
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

describe('the analysis dashboard in Chromium', () => {
  it('filters a county, drills down from its chart to the tickets and from a ticket to the caller’s profile', async () => {
    const page = await browser.newPage();
    await logIn(page, { browser, appUrl: `${server.baseUrl}/analysis/` }, { username: 'analyst', password: PASSWORD });
    const dashboard = page.getByTestId('hotline-dashboard');
    await expect.poll(() => dashboard.getAttribute('data-total'), { timeout: 20_000 }).toBe('4');
    await page.screenshot({ path: path.join(screenshots, 'analysis-dashboard.png'), fullPage: true });

    // Filter 桃源县: every chart follows, through the server.
    await page.getByTestId('filter-region').click();
    await page.locator('.ant-select-item-option', { hasText: '桃源县' }).click();
    await expect.poll(() => dashboard.getAttribute('data-total'), { timeout: 15_000 }).toBe('3');
    expect(page.url()).toContain('region=430725');

    // The county is the treemap's only shape now: a click in its middle lists its tickets.
    const canvas = page.getByTestId('chart-region-canvas');
    await expect.poll(() => canvas.locator('canvas').count(), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(500);
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('tickets-total').textContent(), { timeout: 15_000 }).toBe('共 3 件');
    expect(await page.getByTestId('tickets-table').textContent()).not.toContain('武陵区');
    await page.screenshot({ path: path.join(screenshots, 'analysis-tickets.png'), fullPage: true });

    // The ticket, its caller's phone masked for an analyst, and the way to the caller's profile.
    await page.getByTestId('ticket-row-202610020000001').click();
    const detail = page.getByTestId('ticket-detail');
    await expect.poll(() => detail.getAttribute('data-ticket-no'), { timeout: 15_000 }).toBe('202610020000001');
    expect(await detail.textContent()).toContain('139****0001');
    expect(await page.getByTestId('ticket-caller-profile').getAttribute('href')).toBe(`/query/subjects/person/${personId}`);
    await page.getByTestId('ticket-caller-profile').click();
    await expect.poll(() => page.getByTestId('purpose-input').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('purpose-input').fill('核查12345重复投诉线索');
    await page.getByTestId('purpose-confirm').click();
    await expect.poll(() => page.getByTestId('profile-name').textContent(), { timeout: 15_000 }).toBe('王建国');
    await page.screenshot({ path: path.join(screenshots, 'analysis-profile.png'), fullPage: true });
    await page.close();
  });
});
