import type { SessionUser } from '@zhijian/auth';

/**
 * Department scoping: stewards and handlers work for their own department and see only
 * its deliveries; admins, analysts and supervisors of the commission see all.
 */
export function departmentScope(user: SessionUser): string | undefined {
  const seesAll = user.roles.some((role) => role === 'admin' || role === 'analyst' || role === 'supervisor');
  return seesAll ? undefined : user.department.id;
}

/** The department a steward delivers for: their own; an admin may name another. */
export function deliveringDepartment(user: SessionUser, requested: string | undefined): string {
  if (requested && requested !== user.department.code && user.roles.includes('admin')) return requested;
  return user.department.code;
}
