import { type Db, type Role, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { type AppCode, appsForRoles } from './apps';

/** The signed-in user as every procedure sees it: enough to authorize and to scope by department. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  department: { id: string; code: string; name: string };
}

/** What the web apps receive about the current user (`auth.me`). */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  department: { code: string; name: string };
  apps: AppCode[];
}

export function toMe(user: SessionUser): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    department: { code: user.department.code, name: user.department.name },
    apps: appsForRoles(user.roles),
  };
}

export const sessionUserColumns = {
  id: schema.users.id,
  username: schema.users.username,
  displayName: schema.users.displayName,
  roles: schema.users.roles,
  disabled: schema.users.disabled,
  passwordHash: schema.users.passwordHash,
  department: {
    id: schema.departments.id,
    code: schema.departments.code,
    name: schema.departments.name,
  },
};

export function selectSessionUsers(db: Db) {
  return db
    .select(sessionUserColumns)
    .from(schema.users)
    .innerJoin(schema.departments, eq(schema.users.departmentId, schema.departments.id));
}

export function toSessionUser(row: {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  department: SessionUser['department'];
}): SessionUser {
  return { id: row.id, username: row.username, displayName: row.displayName, roles: row.roles, department: row.department };
}
