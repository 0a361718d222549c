import { describe, expect, it } from 'vitest';
import { appsForRoles } from './apps';

describe('appsForRoles', () => {
  it('gives a steward the library console only', () => {
    expect(appsForRoles(['steward'])).toEqual(['library']);
  });
  it('gives a handler the warning system only', () => {
    expect(appsForRoles(['handler'])).toEqual(['warning']);
  });
  it('unions the apps of several roles, in navigation order', () => {
    expect(appsForRoles(['handler', 'steward'])).toEqual(['library', 'warning']);
    expect(appsForRoles(['admin'])).toEqual(['library', 'query', 'analysis', 'warning']);
  });
});
