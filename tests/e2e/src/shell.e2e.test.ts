import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { createTestDatabase, type TestDatabase, testRedisUrl } from '@zhijian/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn as logInWith } from './browser';
import { type RunningServer, startServerProcess } from './server-process';

const screenshots = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));

let database: TestDatabase;
let server: RunningServer;
let browser: BrowserContext;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDepartments(database.db, [
    { code: 'jw', name: '市纪委监委' },
    { code: 'housing', name: '市住房保障服务中心' },
  ]);
  await ensureUser(database.db, { username: 'admin', displayName: '系统管理员', departmentCode: 'jw', roles: ['admin'] }, 'admin-password');
  await ensureUser(database.db, { username: 'steward', displayName: '数据专员 张伟', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  server = await startServerProcess({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl() });
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

async function logIn(page: Page, username: string, password: string) {
  await logInWith(page, { browser, appUrl: `${server.baseUrl}/library/` }, { username, password });
}

describe('the web shell in Chromium', () => {
  it('logs in, opens each of the four apps, and logs out', async () => {
    const page = await browser.newPage();
    await logIn(page, 'admin', 'admin-password');
    await expect.poll(() => page.getByTestId('shell-user').textContent()).toContain('系统管理员');
    await page.screenshot({ path: path.join(screenshots, 'library.png') });

    for (const app of ['query', 'analysis', 'warning', 'library'] as const) {
      await page.getByTestId(`nav-${app}`).click();
      await page.waitForURL(`${server.baseUrl}/${app}/**`);
      await expect.poll(() => page.getByTestId('app-title').isVisible()).toBe(true);
      await expect.poll(() => page.getByTestId('shell-user').textContent()).toContain('系统管理员');
      await page.screenshot({ path: path.join(screenshots, `${app}.png`) });
    }

    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByTestId('login-submit').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('login-submit').isVisible()).toBe(true);
    await page.close();
  });

  it('shows a wrong password as an error on the login form', async () => {
    const page = await browser.newPage();
    await logIn(page, 'admin', 'wrong-password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await page.close();
  });

  it('shows a steward only the library console', async () => {
    const page = await browser.newPage();
    await logIn(page, 'steward', 'steward-password');
    await expect.poll(() => page.getByTestId('shell-user').textContent()).toContain('张伟');
    expect(await page.getByTestId('nav-library').count()).toBe(1);
    for (const app of ['query', 'analysis', 'warning']) expect(await page.getByTestId(`nav-${app}`).count()).toBe(0);
    await page.close();
  });
});
