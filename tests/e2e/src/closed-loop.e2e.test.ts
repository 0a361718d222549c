// The closed loop in Chromium (issue 7): a supervisor pushes a warning to the housing
// department; a housing handler accepts, confirms, rectifies with a file and recovered funds;
// the supervisor closes it and records a satisfied callback. The timeline lists every step,
// the warning reads 已销号, an illegal action is refused in the server's words, and a civil
// affairs handler can neither list nor open the case.
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertSubjects, schema } from '@zhijian/db';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { runEnabledModels } from '@zhijian/warning';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn as logInWith } from './browser';
import { prepareWarningLibrary } from './warning-scenario';
import { type RunningServer, startServerProcess } from './server-process';

const screenshots = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));
const PASSWORD = 'closed-loop-password';

let database: TestDatabase;
let server: RunningServer;
let browser: BrowserContext;
let warningId: string;
/** Set once the supervisor has pushed the warning. */
let caseId: string;

/** A subsidy recipient (甲) who owns a flat: the housing model raises one warning, traceable to file and row. */
async function seedLibrary() {
  const departments = Object.fromEntries((await database.db.select().from(schema.departments)).map((d) => [d.code, d.id]));
  const batch = async (dataset: string, department: string) => {
    const [row] = await database.db
      .insert(schema.batches)
      .values({ datasetCode: dataset, datasetVersion: 1, departmentId: departments[department]!, fileSha256: dataset, fileName: `${dataset}.csv`, fileSize: 1, status: 'published' })
      .returning({ id: schema.batches.id });
    return row!.id;
  };
  const [person, flat] = await insertSubjects(database.pool, [
    { type: 'person', key: '430702198001150011', name: '甲' },
    { type: 'property', key: 'P-1', name: '某小区' },
  ]);
  const subsidy = await batch('housing.rental_subsidy', 'housing');
  const property = await batch('realestate.property', 'realestate');
  await database.pool.query(
    `insert into records (dataset_code, batch_id, row_number, subject_id, subject_role, attrs, valid_from, valid_to) values
       ('housing.rental_subsidy', $1, 2, $3, 'recipient', '{"month":"2026-05","amount":60000}', '2026-05-01', '2026-05-31'),
       ('realestate.property', $2, 7, $4, 'property', '{"usage":"residential"}', '2026-01-01', null)`,
    [subsidy, property, person, flat],
  );
  await database.pool.query(`insert into record_subjects (record_id, role, subject_id) select id, 'owner_person', $1 from records where dataset_code = 'realestate.property'`, [person]);
}

beforeAll(async () => {
  database = await createTestDatabase();
  const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-loop-'));
  await prepareWarningLibrary(
    database,
    [
      { username: 'supervisor', displayName: '监督员', departmentCode: 'jw', roles: ['supervisor'] },
      { username: 'housing-handler', displayName: '住房经办人', departmentCode: 'housing', roles: ['handler'] },
      { username: 'civil-handler', displayName: '民政局经办人', departmentCode: 'civil', roles: ['handler'] },
    ],
    PASSWORD,
  );
  await seedLibrary();
  await runEnabledModels(database, { trigger: 'manual', asOf: '2026-11-30' });
  const { rows } = await database.pool.query<{ id: string }>(`select id from warnings where model_code = 'housing.owns_property'`);
  warningId = rows[0]!.id;
  server = await startServerProcess({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') });
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

async function logIn(page: Page, username: string) {
  await logInWith(page, { browser, appUrl: `${server.baseUrl}/warning/` }, { username, password: PASSWORD }, 'nav-page-inbox');
}

const caseStatus = (page: Page) => page.getByTestId('case-detail').getAttribute('data-status');

/** Clicks one of the case's action buttons, answers its modal and waits for the new status. */
async function act(page: Page, action: string, expected: string, answers: { reason?: string; funds?: string } = {}) {
  await page.getByTestId(`case-action-${action}`).click();
  if (answers.funds !== undefined) await page.getByTestId('action-funds').fill(answers.funds);
  if (answers.reason !== undefined) await page.getByTestId('action-reason').fill(answers.reason);
  await page.getByTestId('action-submit').click();
  await expect.poll(() => caseStatus(page), { timeout: 15_000 }).toBe(expected);
}

/** A tRPC mutation sent from the logged-in page, as any script could; returns the HTTP status and error message. */
function callApi(page: Page, procedure: string, input: unknown) {
  return page.evaluate(
    async ({ procedure, input }) => {
      const response = await fetch(`/trpc/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      const body = (await response.json()) as { error?: { message?: string } };
      return { status: response.status, message: body.error?.message ?? '' };
    },
    { procedure, input },
  );
}

describe('the closed loop in Chromium', () => {
  it('lets a supervisor push a warning to the housing department and export its evidence dossier', async () => {
    const page = await browser.newPage();
    await logIn(page, 'supervisor');
    await page.goto(`${server.baseUrl}/warning/warnings/${warningId}`);
    const form = page.getByTestId('disposal-push-form');
    await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(true);

    const [dossier] = await Promise.all([page.waitForEvent('download'), page.getByTestId('warning-dossier').click()]);
    expect(dossier.suggestedFilename()).toBe('预警证据-housing.owns_property-430702198001150011.xlsx');

    const department = form.locator('input#departmentCode');
    await department.fill('housing');
    await page.keyboard.press('Escape');
    expect(await form.locator('input#dueDate').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('disposal-push').click();
    const disposal = page.getByTestId('disposal-case');
    await expect.poll(() => disposal.getAttribute('data-case-id'), { timeout: 15_000 }).toMatch(/^[0-9a-f-]{36}$/);
    caseId = (await disposal.getAttribute('data-case-id'))!;
    expect(await disposal.getByTestId('case-status').getAttribute('data-status')).toBe('pushed');
    expect(await disposal.textContent()).toContain('市住房保障服务中心');
    await page.screenshot({ path: path.join(screenshots, 'loop-pushed.png'), fullPage: true });

    await page.getByTestId('disposal-open-case').click();
    await expect.poll(() => caseStatus(page), { timeout: 15_000 }).toBe('pushed');
    expect(await page.getByTestId('case-department').textContent()).toBe('市住房保障服务中心');
    // Pushed: nothing more for the supervisor until the department reports back.
    expect(await page.getByTestId('case-actions').count()).toBe(0);
    await page.close();
  });

  it('lets the housing handler verify, confirm and rectify with a file and recovered funds', async () => {
    const page = await browser.newPage();
    await logIn(page, 'housing-handler');
    await page.getByTestId('nav-page-cases').click();
    await expect.poll(() => page.getByTestId('cases-table').getAttribute('data-total'), { timeout: 15_000 }).toBe('1');
    await page.getByTestId(`case-row-${caseId}`).click();
    await expect.poll(() => caseStatus(page), { timeout: 15_000 }).toBe('pushed');
    const buttons = await page.getByTestId('case-actions').locator('button').evaluateAll((all) => all.map((b) => b.getAttribute('data-testid')));
    expect(buttons).toEqual(['case-action-accept', 'case-action-return']);

    await act(page, 'accept', 'verifying');
    // A reason is required to confirm: the modal says so and stays open.
    await page.getByTestId('case-action-confirm').click();
    await page.getByTestId('action-submit').click();
    await expect.poll(() => page.locator('.ant-modal').textContent()).toContain('请填写理由');
    await page.getByTestId('action-reason').fill('经核查，甲在享受租赁补贴期间名下有住宅，情况属实');
    await page.getByTestId('action-submit').click();
    await expect.poll(() => caseStatus(page), { timeout: 15_000 }).toBe('confirmed');
    await act(page, 'start_rectify', 'rectifying');

    await page
      .getByTestId('case-attachments')
      .locator('input[type=file]')
      .setInputFiles({ name: '整改报告.txt', mimeType: 'text/plain', buffer: Buffer.from('已停发补贴并追回 600 元。\n') });
    await expect.poll(() => page.getByTestId('attachment-name').textContent(), { timeout: 15_000 }).toBe('整改报告.txt');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attachment-download-整改报告.txt').click()]);
    expect(file.suggestedFilename()).toBe('整改报告.txt');

    await act(page, 'rectified', 'rectified', { reason: '已停发补贴，追回违规领取的补贴', funds: '600' });
    expect(await page.getByTestId('case-funds').textContent()).toBe('¥600.00');

    // Closing is the supervisor's: the API refuses the handler, and a step the state machine does not allow, in clear words.
    const close = await callApi(page, 'casework.act', { id: caseId, action: 'close' });
    expect(close.status).toBe(403);
    expect(close.message).toContain('只有监督人员');
    const illegal = await callApi(page, 'casework.act', { id: caseId, action: 'accept' });
    expect(illegal.status).toBe(409);
    expect(illegal.message).toBe('案件处于「已整改」，不能「签收核查」/ "accept" is not allowed on a rectified case (only from: pushed)');
    await page.screenshot({ path: path.join(screenshots, 'loop-rectified.png'), fullPage: true });
    await page.close();
  });

  it('lets the supervisor close the case and record a satisfied callback; the timeline and the warning show it', async () => {
    const page = await browser.newPage();
    await logIn(page, 'supervisor');
    await page.goto(`${server.baseUrl}/warning/cases/${caseId}`);
    await expect.poll(() => caseStatus(page), { timeout: 15_000 }).toBe('rectified');
    await act(page, 'close', 'closed');

    await page.getByTestId('callback-satisfied').click();
    await page.getByTestId('callback-note').fill('群众对处理结果满意');
    await page.getByTestId('callback-submit').click();
    await expect.poll(() => page.getByTestId('case-satisfaction').textContent(), { timeout: 15_000 }).toBe('满意');

    const steps = await page.getByTestId('timeline-item').evaluateAll((all) => all.map((item) => item.getAttribute('data-action')));
    expect(steps).toEqual(['open', 'push', 'accept', 'confirm', 'start_rectify', 'attach', 'rectified', 'close', 'callback']);
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    for (const text of ['立案', '推送', '签收核查', '核实属实', '开始整改', '上传附件', '整改完成', '销号', '回访', 'housing-handler', 'supervisor', '情况属实', '¥600.00', '整改报告.txt', '群众对处理结果满意']) {
      expect(timeline).toContain(text);
    }
    await page.screenshot({ path: path.join(screenshots, 'loop-closed.png'), fullPage: true });

    await page.getByTestId('case-warning-link').click();
    await expect.poll(() => page.getByTestId('warning-header').getByTestId('warning-status').textContent(), { timeout: 15_000 }).toBe('已销号');
    await expect.poll(() => page.getByTestId('disposal-case').getByTestId('case-status').getAttribute('data-status')).toBe('closed');

    // 统计: one case assigned and concluded on time, one satisfied callback, ¥600 recovered.
    await page.getByTestId('nav-page-dashboard').click();
    await expect.poll(() => page.getByTestId('metric-assigned').textContent(), { timeout: 15_000 }).toContain('1');
    for (const [metric, text] of [['completionRate', '100.0%'], ['onTimeRate', '100.0%'], ['satisfactionRate', '100.0%'], ['fundsRecovered', '¥600.00']]) {
      expect(await page.getByTestId(`metric-${metric}`).textContent()).toContain(text);
    }
    await expect.poll(() => page.getByTestId('chart-department').getAttribute('data-groups'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => page.locator('[data-testid=chart-department] canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshots, 'loop-dashboard.png'), fullPage: true });
    await page.close();
  });

  it('never shows the case to a handler of another department', async () => {
    const page = await browser.newPage();
    await logIn(page, 'civil-handler');
    await page.getByTestId('nav-page-cases').click();
    await expect.poll(() => page.getByTestId('cases-table').getAttribute('data-total'), { timeout: 15_000 }).toBe('0');
    await page.goto(`${server.baseUrl}/warning/cases/${caseId}`);
    await expect.poll(() => page.getByTestId('case-not-found').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.close();
  });
});
