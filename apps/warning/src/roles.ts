import { type Me } from '@zhijian/ui';

// The server enforces every one of these (roleProcedure, department scope); the UI only
// avoids offering what would be refused.

/** Admins switch models on and off, set parameters and add versions. */
export function canEditModels(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('admin');
}

/** Admins and supervisors run models now and backtest them. */
export function canRunModels(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((role) => role === 'admin' || role === 'supervisor');
}

/** Supervisors (and admins) push warnings, close cases, record callbacks and create rounds. */
export function isSupervisor(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((role) => role === 'admin' || role === 'supervisor');
}
