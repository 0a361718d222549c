import type { Me } from '@zhijian/ui';

/** Mirrors the server: admins and supervisors see identifiers in full and review lookups. */
export function seesIdentifiers(me: Me): boolean {
  return me.roles.some((role) => role === 'admin' || role === 'supervisor');
}
