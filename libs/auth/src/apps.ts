import type { Role } from '@zhijian/db';

/** The four web apps: the library console and the three systems. */
export const APPS = ['library', 'query', 'analysis', 'warning'] as const;
export type AppCode = (typeof APPS)[number];

/** Which roles may open which app; navigation shows only these. */
export const APP_ROLES: Record<AppCode, readonly Role[]> = {
  library: ['admin', 'steward', 'analyst', 'supervisor'],
  query: ['admin', 'analyst', 'supervisor'],
  analysis: ['admin', 'analyst', 'supervisor'],
  warning: ['admin', 'supervisor', 'handler', 'analyst'],
};

export function appsForRoles(roles: readonly Role[]): AppCode[] {
  return APPS.filter((app) => APP_ROLES[app].some((role) => roles.includes(role)));
}
