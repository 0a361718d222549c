import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app-providers';
import { SessionProvider } from '../session/session-context';
import { type Me } from '../trpc/router-types';
import { AppAccess } from './app-access';
import { AppShell } from './app-shell';

const handler: Me = {
  id: 'u1',
  username: 'wang',
  displayName: '王处置',
  roles: ['handler'],
  department: { code: 'D01', name: '市监委' },
  apps: ['warning'],
};

function renderShell(me: Me, app: 'library' | 'warning') {
  return renderToString(
    <AppProviders>
      <SessionProvider me={me}>
        <AppShell app={app}>
          <AppAccess app={app}>
            <p>app content</p>
          </AppAccess>
        </AppShell>
      </SessionProvider>
    </AppProviders>,
  );
}

describe('AppShell', () => {
  it('shows the user, their department and role, and a logout action', () => {
    const html = renderShell(handler, 'warning');
    expect(html).toMatch(/data-testid="shell-user"[^>]*>(<strong>)?王处置</);
    expect(html).toContain('市监委');
    expect(html).toContain('处置人员');
    expect(html).toContain('data-testid="logout"');
    expect(html).toContain('data-testid="notification-bell"');
  });

  it('links only to the apps the roles allow', () => {
    const html = renderShell(handler, 'warning');
    expect(html).toContain('data-testid="nav-warning"');
    expect(html).not.toContain('data-testid="nav-library"');
    expect(html).not.toContain('data-testid="nav-query"');
    expect(html).toContain('app content');
  });

  it('answers 403 with the permitted apps when this app is not granted', () => {
    const html = renderShell(handler, 'library');
    expect(html).not.toContain('app content');
    expect(html).toContain('无权访问');
    expect(html).toContain('href="/warning/"');
  });
});
