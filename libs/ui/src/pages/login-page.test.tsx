import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app-providers';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  const html = renderToString(
    <AppProviders>
      <LoginPage app="query" />
    </AppProviders>,
  );

  it('asks for username and password in Chinese', () => {
    expect(html).toContain('用户名');
    expect(html).toContain('密码');
    expect(html).toContain('智监 · 关联查询');
  });

  it('puts the browser-test hooks on the real input and button elements', () => {
    expect(html).toMatch(/<input[^>]*data-testid="login-username"/);
    expect(html).toMatch(/<input[^>]*data-testid="login-password"[^>]*type="password"|<input[^>]*type="password"[^>]*data-testid="login-password"/);
    expect(html).toMatch(/<button[^>]*data-testid="login-submit"[^>]*type="submit"|<button[^>]*type="submit"[^>]*data-testid="login-submit"/);
    expect(html).toContain('data-testid="lang-switch"');
  });
});
