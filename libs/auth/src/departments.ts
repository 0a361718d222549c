import { type Db, schema } from '@zhijian/db';
import { asc, eq } from 'drizzle-orm';

export type Department = typeof schema.departments.$inferSelect;

export class DepartmentExistsError extends Error {
  constructor(code: string) {
    super(`部门代码已存在 / department code already exists: ${code}`);
  }
}

export async function createDepartment(db: Db, input: { code: string; name: string }): Promise<Department> {
  const [created] = await db
    .insert(schema.departments)
    .values(input)
    .onConflictDoNothing({ target: schema.departments.code })
    .returning();
  if (!created) throw new DepartmentExistsError(input.code);
  return created;
}

export async function findDepartment(db: Db, code: string): Promise<Department | undefined> {
  const [found] = await db.select().from(schema.departments).where(eq(schema.departments.code, code));
  return found;
}

export function listDepartments(db: Db): Promise<Department[]> {
  return db.select().from(schema.departments).orderBy(asc(schema.departments.code));
}
