// Reading cases: paginated, filtered, sorted lists (indexed, so they stay fast at 100,000
// cases) and one case with its whole history. Overdue is computed on read, so every list
// marks it the same way.
import type { CaseSource, CaseStatus, DbHandle } from '@zhijian/db';
import { type CaseUser, canSeeAll, CaseNotFoundError } from './cases';
import { actorsFor, availableActions, OPEN_STATUSES } from './state-machine';

export interface CaseFilter {
  status?: CaseStatus;
  source?: CaseSource;
  modelCode?: string;
  roundId?: string;
  departmentCode?: string;
  overdue?: boolean;
  search?: string;
  sort?: 'createdAt' | 'dueAt' | 'updatedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const SORT_COLUMNS = { createdAt: 'c.created_at', dueAt: 'c.due_at', updatedAt: 'c.updated_at' } as const;

const CASE_COLUMNS = `c.id, c.case_no as "caseNo", c.source, c.warning_id as "warningId", c.ticket_no as "ticketNo", c.title, c.status,
  c.model_code as "modelCode", c.subject_type as "subjectType", c.subject_key as "subjectKey", c.subject_name as "subjectName",
  d.code as "departmentCode", d.name as "departmentName", c.round_id as "roundId", c.due_at as "dueAt", c.pushed_at as "pushedAt",
  c.concluded_at as "concludedAt", c.escalated_at as "escalatedAt", c.funds_recovered::float8 as "fundsRecovered",
  c.satisfaction, c.reopened_count as "reopenedCount", c.created_at as "createdAt", c.updated_at as "updatedAt",
  (c.status = any($1::text[]) and c.due_at < now()) as overdue`;

export interface CaseRow {
  id: string;
  caseNo: string;
  source: CaseSource;
  warningId: string | null;
  ticketNo: string | null;
  title: string;
  status: CaseStatus;
  modelCode: string | null;
  subjectType: string | null;
  subjectKey: string | null;
  subjectName: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  roundId: string | null;
  dueAt: Date | null;
  pushedAt: Date | null;
  concludedAt: Date | null;
  escalatedAt: Date | null;
  fundsRecovered: number;
  satisfaction: string | null;
  reopenedCount: number;
  createdAt: Date;
  updatedAt: Date;
  overdue: boolean;
}

export async function listCases(handle: DbHandle, filter: CaseFilter, user: CaseUser): Promise<{ total: number; items: CaseRow[] }> {
  const values: unknown[] = [OPEN_STATUSES];
  // $1 (the open statuses) is typed here, so the count query may leave it otherwise unused.
  const where: string[] = ['$1::text[] is not null'];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    where.push(sql.replaceAll('?', `$${values.length}`));
  };
  // Handlers see only their department's cases.
  if (!canSeeAll(user)) add('c.department_id = ?', user.departmentId);
  if (filter.status) add('c.status = ?', filter.status);
  if (filter.source) add('c.source = ?', filter.source);
  if (filter.modelCode) add('c.model_code = ?', filter.modelCode);
  if (filter.roundId) add('c.round_id = ?', filter.roundId);
  if (filter.departmentCode) add('d.code = ?', filter.departmentCode);
  if (filter.overdue === true) where.push('c.status = any($1) and c.due_at < now()');
  if (filter.search) add("(c.case_no ilike '%' || ? || '%' or c.title ilike '%' || ? || '%' or c.subject_key = ?)", filter.search);
  const whereSql = `where ${where.join(' and ')}`;
  const sort = SORT_COLUMNS[filter.sort ?? 'createdAt'];
  const order = filter.order === 'asc' ? 'asc' : 'desc';
  const pageSize = Math.min(Math.max(filter.pageSize ?? 20, 1), 200);
  const offset = (Math.max(filter.page ?? 1, 1) - 1) * pageSize;
  const from = 'from cases c left join departments d on d.id = c.department_id';
  const [count, page] = await Promise.all([
    handle.pool.query<{ n: number }>(`select count(*)::int as n ${from} ${whereSql}`, values),
    handle.pool.query<CaseRow>(`select ${CASE_COLUMNS} ${from} ${whereSql} order by ${sort} ${order} nulls last, c.id limit ${pageSize} offset ${offset}`, values),
  ]);
  return { total: count.rows[0]?.n ?? 0, items: page.rows };
}

export async function getCase(handle: DbHandle, caseId: string, user: CaseUser) {
  const { rows } = await handle.pool.query<CaseRow & { description: string; departmentId: string | null; calledBackAt: Date | null }>(
    `select ${CASE_COLUMNS}, c.description, c.department_id as "departmentId", c.called_back_at as "calledBackAt"
     from cases c left join departments d on d.id = c.department_id where c.id = $2`,
    [OPEN_STATUSES, caseId],
  );
  const found = rows[0];
  if (!found || (!canSeeAll(user) && found.departmentId !== user.departmentId)) throw new CaseNotFoundError(caseId);
  const [events, attachments] = await Promise.all([
    handle.pool.query(
      `select id::int, type, action, from_status as "fromStatus", to_status as "toStatus", actor_username as "actor", reason, detail, at
       from case_events where case_id = $1 order by id`,
      [caseId],
    ),
    handle.pool.query(
      `select id, file_name as "fileName", size::int, content_type as "contentType", sha256, event_id::int as "eventId", created_at as "createdAt"
       from case_attachments where case_id = $1 order by created_at`,
      [caseId],
    ),
  ]);
  const actors = actorsFor(user, found.departmentId);
  return {
    ...found,
    events: events.rows as Array<{ id: number; type: string; action: string | null; fromStatus: string | null; toStatus: string | null; actor: string; reason: string | null; detail: Record<string, unknown>; at: Date }>,
    attachments: attachments.rows as Array<{ id: string; fileName: string; size: number; contentType: string; sha256: string; eventId: number; createdAt: Date }>,
    actions: availableActions(found.status, actors),
    // One callback per closing: a reopened and re-closed case is called back again.
    canCallBack: found.status === 'closed' && actors.includes('supervisor') && (found.calledBackAt === null || (found.concludedAt !== null && found.calledBackAt < found.concludedAt)),
  };
}
