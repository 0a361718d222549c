import { type Db, type Role, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { findDepartment } from './departments';
import { hashPassword } from './password';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 8;

export class UserInputError extends Error {}

export interface NewUser {
  username: string;
  password: string;
  displayName?: string;
  departmentCode: string;
  roles: Role[];
}

export interface CreatedUser {
  id: string;
  username: string;
  displayName: string;
  departmentCode: string;
  roles: Role[];
}

export async function createUser(db: Db, input: NewUser): Promise<CreatedUser> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new UserInputError(`用户名只能包含小写字母、数字和 . _ - (2–64 位) / invalid username: ${input.username}`);
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new UserInputError(`密码至少 ${MIN_PASSWORD_LENGTH} 位 / password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (input.roles.length === 0) throw new UserInputError('至少需要一个角色 / at least one role is required');
  const department = await findDepartment(db, input.departmentCode);
  if (!department) throw new UserInputError(`部门不存在 / unknown department: ${input.departmentCode}`);

  const [created] = await db
    .insert(schema.users)
    .values({
      username,
      displayName: input.displayName?.trim() || username,
      passwordHash: await hashPassword(input.password),
      departmentId: department.id,
      roles: [...new Set(input.roles)],
    })
    .onConflictDoNothing({ target: schema.users.username })
    .returning();
  if (!created) throw new UserInputError(`用户名已存在 / username already exists: ${username}`);
  return {
    id: created.id,
    username: created.username,
    displayName: created.displayName,
    departmentCode: department.code,
    roles: created.roles,
  };
}

export async function setPassword(db: Db, username: string, password: string): Promise<boolean> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserInputError(`密码至少 ${MIN_PASSWORD_LENGTH} 位 / password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const updated = await db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(schema.users.username, username.trim().toLowerCase()))
    .returning({ id: schema.users.id });
  return updated.length > 0;
}
