import { describe, expect, it } from 'vitest';
import { appBasename, appHref, visibleApps } from './apps';

describe('visibleApps', () => {
  it('shows only the apps the server granted, in the fixed navigation order', () => {
    expect(visibleApps(['warning', 'library'])).toEqual(['library', 'warning']);
  });

  it('shows nothing for a user without apps', () => {
    expect(visibleApps([])).toEqual([]);
  });

  it('ignores app names this client does not know', () => {
    expect(visibleApps(['query', 'reports'])).toEqual(['query']);
  });
});

describe('app addresses', () => {
  it('match the base path each Vite app is built for', () => {
    expect(appHref('query')).toBe('/query/');
    expect(appBasename('query')).toBe('/query');
  });
});
