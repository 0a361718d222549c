// 数据提供责任清单: who delivers which dataset, how often, and by when.
import { type Db, type Frequency, schema } from '@zhijian/db';
import { and, eq, sql } from 'drizzle-orm';
import { loadDatasetSpec } from './datasets';
import { nextDueDate } from './due-dates';

export class ResponsibilityError extends Error {}

export async function departmentByCode(db: Db, code: string) {
  const [department] = await db.select().from(schema.departments).where(eq(schema.departments.code, code));
  if (!department) throw new ResponsibilityError(`部门不存在 / unknown department: ${code}`);
  return department;
}

export async function addResponsibility(
  db: Db,
  input: { departmentCode: string; datasetCode: string; frequency: Frequency; dueDay?: number | null; note?: string | null },
) {
  const department = await departmentByCode(db, input.departmentCode);
  await loadDatasetSpec(db, input.datasetCode);
  const [row] = await db
    .insert(schema.responsibilities)
    .values({ departmentId: department.id, datasetCode: input.datasetCode, frequency: input.frequency, dueDay: input.dueDay ?? null, note: input.note ?? null })
    .onConflictDoUpdate({
      target: [schema.responsibilities.departmentId, schema.responsibilities.datasetCode],
      set: { frequency: input.frequency, dueDay: input.dueDay ?? null, note: input.note ?? null },
    })
    .returning();
  if (!row) throw new Error('responsibility upsert returned no row');
  return { ...row, departmentCode: department.code };
}

/** A steward may deliver only the datasets their department is responsible for. */
export async function assertResponsible(db: Db, departmentId: string, departmentCode: string, datasetCode: string): Promise<void> {
  const [row] = await db
    .select({ id: schema.responsibilities.id })
    .from(schema.responsibilities)
    .where(and(eq(schema.responsibilities.departmentId, departmentId), eq(schema.responsibilities.datasetCode, datasetCode)));
  if (!row) {
    throw new ResponsibilityError(
      `部门 ${departmentCode} 未承担数据集 ${datasetCode} 的提供责任，不能交付 / department ${departmentCode} is not responsible for dataset ${datasetCode}`,
    );
  }
}

export interface ResponsibilityStatus {
  id: string;
  departmentCode: string;
  departmentName: string;
  datasetCode: string;
  frequency: Frequency;
  dueDay: number | null;
  lastDeliveryAt: string | null;
  lastBatchStatus: string | null;
  nextDueDate: string | null;
  overdue: boolean;
}

/** Every responsibility with its last delivery, next due date and whether it is overdue. */
export async function listResponsibilities(db: Db, options: { departmentId?: string; asOf?: Date } = {}): Promise<ResponsibilityStatus[]> {
  const asOf = options.asOf ?? new Date();
  const rows = await db.execute<{
    id: string;
    department_code: string;
    department_name: string;
    dataset_code: string;
    frequency: Frequency;
    due_day: number | null;
    // Raw rows carry timestamps as text (drizzle leaves them unparsed).
    last_delivery_at: string | null;
    last_status: string | null;
    created_at: string;
  }>(sql`
    select r.id, d.code as department_code, d.name as department_name, r.dataset_code, r.frequency, r.due_day, r.created_at,
           last.created_at as last_delivery_at, last.status as last_status
    from responsibilities r
    join departments d on d.id = r.department_id
    left join lateral (
      select b.created_at, b.status from batches b
      where b.department_id = r.department_id and b.dataset_code = r.dataset_code
        and b.status not in ('failed', 'rolled_back')
      order by b.created_at desc limit 1
    ) last on true
    ${options.departmentId ? sql`where r.department_id = ${options.departmentId}` : sql``}
    order by d.code, r.dataset_code`);
  return rows.rows.map((row) => {
    const lastDeliveryAt = row.last_delivery_at ? new Date(row.last_delivery_at) : null;
    const due = nextDueDate({ frequency: row.frequency, dueDay: row.due_day, lastDeliveryAt, since: new Date(row.created_at) });
    return {
      id: row.id,
      departmentCode: row.department_code,
      departmentName: row.department_name,
      datasetCode: row.dataset_code,
      frequency: row.frequency,
      dueDay: row.due_day,
      lastDeliveryAt: lastDeliveryAt?.toISOString() ?? null,
      lastBatchStatus: row.last_status,
      nextDueDate: due,
      overdue: due !== null && due < asOf.toISOString().slice(0, 10),
    };
  });
}

export interface DepartmentPunctuality {
  departmentCode: string;
  departmentName: string;
  responsibilities: number;
  overdue: number;
  /** Share of the department's responsibilities that are not overdue today (1 = all on time). */
  score: number;
}

/** 按时率 per department, from the same due-date computation the console shows. */
export function punctualityByDepartment(statuses: ResponsibilityStatus[]): DepartmentPunctuality[] {
  const byDepartment = new Map<string, DepartmentPunctuality>();
  for (const status of statuses) {
    const entry = byDepartment.get(status.departmentCode) ?? {
      departmentCode: status.departmentCode,
      departmentName: status.departmentName,
      responsibilities: 0,
      overdue: 0,
      score: 1,
    };
    entry.responsibilities++;
    if (status.overdue) entry.overdue++;
    entry.score = Math.round(((entry.responsibilities - entry.overdue) / entry.responsibilities) * 1000) / 1000;
    byDepartment.set(status.departmentCode, entry);
  }
  return [...byDepartment.values()].sort((a, b) => a.score - b.score || a.departmentCode.localeCompare(b.departmentCode));
}
