// Typed, idempotent seed helpers, shared by `npm start`'s demo and by tests.
import { type Db, type Role, schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { createUser } from './users';

export interface SeedDepartment {
  code: string;
  name: string;
}

export interface SeedUser {
  username: string;
  displayName: string;
  departmentCode: string;
  roles: Role[];
}

/** The commission and the partner departments of the demo city. */
export const DEMO_DEPARTMENTS: SeedDepartment[] = [
  { code: 'jw', name: '市纪委监委' },
  { code: 'housing', name: '市住房保障服务中心' },
  { code: 'realestate', name: '市不动产登记中心' },
  { code: 'police', name: '市公安局' },
  { code: 'traffic', name: '市公安局交警支队' },
  { code: 'vehicle', name: '市公安局车管所' },
  { code: 'civil', name: '市民政局' },
  { code: 'hr', name: '市委组织部' },
  { code: 'market', name: '市市场监督管理局' },
  { code: 'finance', name: '市财政局' },
  { code: 'trading', name: '市公共资源交易中心' },
  { code: 'hotline', name: '12345政务服务便民热线' },
];

/** One demo user per role. */
export const DEMO_USERS: SeedUser[] = [
  { username: 'admin', displayName: '系统管理员', departmentCode: 'jw', roles: ['admin'] },
  { username: 'analyst', displayName: '分析员 李明', departmentCode: 'jw', roles: ['analyst'] },
  { username: 'supervisor', displayName: '监督员 王芳', departmentCode: 'jw', roles: ['supervisor'] },
  { username: 'steward', displayName: '数据专员 张伟', departmentCode: 'housing', roles: ['steward'] },
  { username: 'handler', displayName: '承办人 刘洋', departmentCode: 'housing', roles: ['handler'] },
];

export async function ensureDepartments(db: Db, departments: SeedDepartment[]): Promise<void> {
  if (departments.length === 0) return;
  await db.insert(schema.departments).values(departments).onConflictDoNothing({ target: schema.departments.code });
}

/** Creates the user unless one with that username exists; returns whether it was created. */
export async function ensureUser(db: Db, user: SeedUser, password: string): Promise<boolean> {
  const [existing] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, user.username));
  if (existing) return false;
  await createUser(db, { ...user, password });
  return true;
}
