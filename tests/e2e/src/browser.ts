import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with a fresh profile directory; never a downloaded browser. */
export async function launchChromium(): Promise<BrowserContext> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'zhijian-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Signs in through an app's login form with a fresh cookie jar; waits for `readyTestId` (an
 * element only a signed-in user sees) when given.
 */
export async function logIn(
  page: Page,
  target: { browser: BrowserContext; appUrl: string },
  credentials: { username: string; password: string },
  readyTestId?: string,
): Promise<void> {
  await target.browser.clearCookies();
  await page.goto(target.appUrl);
  await page.getByTestId('login-username').fill(credentials.username);
  await page.getByTestId('login-password').fill(credentials.password);
  await page.getByTestId('login-submit').click();
  if (readyTestId) await page.getByTestId(readyTestId).waitFor({ state: 'visible', timeout: 15_000 });
}
