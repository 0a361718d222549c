import { type Me } from '@zhijian/ui';

// The server enforces every one of these (roleProcedure, department scope); the UI only
// avoids offering what would be refused.

/** Stewards and admins deliver files and roll batches back. */
export function canDeliver(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('steward') || me.roles.includes('admin');
}

/** Admins deliver on behalf of any department and maintain the responsibility list. */
export function isAdmin(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('admin');
}
