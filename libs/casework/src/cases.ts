// Opening cases and moving them through the loop. Each change is one transaction: the case
// row is locked, the state machine decides, the case, its event (and the warning's status)
// are written together — so an illegal or failed transition changes nothing.
import { type CaseSource, type CaseStatus, type DbHandle, type Role, type Satisfaction, withTransaction } from '@zhijian/db';
import type { PoolClient } from 'pg';
import { actorsFor, type CaseAction, planTransition, TransitionError } from './state-machine';
import { afterCaseEvent, type CaseEventNotice } from './notify';

export interface CaseUser {
  id: string | null;
  username: string;
  roles: readonly Role[];
  departmentId: string;
}

/** Days a department has, by where the case came from (DOMAIN: complaints 13 working days ≈ 15 calendar). */
export const DEADLINE_DAYS: Readonly<Record<CaseSource, number>> = { warning: 15, hotline: 5, manual: 15 };
/** Reminders go out this many days before the deadline. */
export const REMIND_DAYS_BEFORE = 2;

export class CaseNotFoundError extends Error {
  constructor(id: string) {
    super(`案件不存在 / case not found: ${id}`);
  }
}

export type OpenCaseInput =
  | { source: 'warning'; warningId: string }
  | { source: 'hotline'; ticketNo: string }
  | { source: 'manual'; title: string; description?: string; subject?: { type: string; key: string; name?: string } };

/** Opens a case in `new`; a warning or ticket already under a case returns that case. */
export async function openCase(handle: DbHandle, input: OpenCaseInput, user: CaseUser): Promise<{ id: string; caseNo: string; created: boolean }> {
  return withTransaction(handle.pool, (client) => openCaseIn(client, input, user, null));
}

export async function openCaseIn(client: PoolClient, input: OpenCaseInput, user: CaseUser, roundId: string | null) {
  const existing = await findExisting(client, input);
  if (existing) return { ...existing, created: false };
  const fields = await caseFieldsFor(client, input);
  const { rows } = await client.query<{ id: string; case_no: string }>(
    `insert into cases (case_no, source, warning_id, ticket_no, ticket_record_id, title, description, model_code, subject_type, subject_key, subject_name, round_id, created_by)
     values ('AJ' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('case_no_seq')::text, 6, '0'),
             $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     returning id, case_no`,
    [input.source, fields.warningId, fields.ticketNo, fields.ticketRecordId, fields.title, fields.description, fields.modelCode, fields.subjectType, fields.subjectKey, fields.subjectName, roundId, user.id],
  );
  const created = rows[0] as { id: string; case_no: string };
  await insertEvent(client, created.id, { type: 'transition', action: 'open', fromStatus: null, toStatus: 'new', user, detail: { source: input.source } });
  return { id: created.id, caseNo: created.case_no, created: true };
}

async function findExisting(client: PoolClient, input: OpenCaseInput) {
  if (input.source === 'manual') return null;
  const { rows } = await client.query<{ id: string; case_no: string }>(
    input.source === 'warning' ? 'select id, case_no from cases where warning_id = $1' : 'select id, case_no from cases where ticket_no = $1',
    [input.source === 'warning' ? input.warningId : input.ticketNo],
  );
  return rows[0] ? { id: rows[0].id, caseNo: rows[0].case_no } : null;
}

async function caseFieldsFor(client: PoolClient, input: OpenCaseInput) {
  const empty = { warningId: null, ticketNo: null, ticketRecordId: null, modelCode: null, subjectType: null, subjectKey: null, subjectName: null };
  if (input.source === 'manual') {
    if (!input.title.trim()) throw new TransitionError('案件须有标题 / a case needs a title', 'invalid');
    return { ...empty, title: input.title.trim(), description: input.description ?? '', subjectType: input.subject?.type ?? null, subjectKey: input.subject?.key ?? null, subjectName: input.subject?.name ?? null };
  }
  if (input.source === 'warning') {
    const { rows } = await client.query(
      `select w.id, w.model_code, w.subject_type, w.subject_key, w.subject_name, w.amount, w.status,
         coalesce(v.spec->'name'->>'zh', w.model_code) as model_name
       from warnings w left join warning_model_versions v on v.code = w.model_code and v.version = w.model_version where w.id = $1`,
      [input.warningId],
    );
    const warning = rows[0];
    if (!warning) throw new TransitionError(`预警不存在 / warning not found: ${input.warningId}`, 'invalid');
    if (warning.status === 'dismissed' || warning.status === 'closed') throw new TransitionError(`预警已结束（${warning.status}）/ the warning is already ${warning.status}`, 'illegal');
    const amount = warning.amount === null ? '' : `，涉及金额 ¥${(Number(warning.amount) / 100).toFixed(2)}`;
    return {
      ...empty,
      warningId: warning.id,
      modelCode: warning.model_code,
      subjectType: warning.subject_type,
      subjectKey: warning.subject_key,
      subjectName: warning.subject_name,
      title: `${warning.model_name}：${warning.subject_name ?? warning.subject_key}`,
      description: `由预警模型 ${warning.model_code} 发现${amount}。`,
    };
  }
  const { rows } = await client.query(
    `select r.id, r.attrs from records r join batches b on b.id = r.batch_id and b.status = 'published'
     where r.dataset_code = 'hotline.ticket' and r.attrs->>'ticket_no' = $1 order by r.id desc limit 1`,
    [input.ticketNo],
  );
  const ticket = rows[0];
  if (!ticket) throw new TransitionError(`12345 工单不存在 / hotline ticket not found: ${input.ticketNo}`, 'invalid');
  const attrs = ticket.attrs as Record<string, string | null>;
  return {
    ...empty,
    ticketNo: input.ticketNo,
    ticketRecordId: Number(ticket.id),
    subjectType: 'ticket',
    subjectKey: input.ticketNo,
    subjectName: attrs.caller_name ?? null,
    title: `12345 挂牌督办：${attrs.category ?? ''} ${attrs.address ?? ''}`.trim(),
    description: attrs.content ?? '',
  };
}

export interface TransitionInput {
  reason?: string;
  /** `push`: the department and, optionally, the deadline (default by source). */
  departmentCode?: string;
  dueAt?: string;
  /** `rectified`: funds recovered or returned, in fen. */
  fundsRecovered?: number;
}

/** Applies one action of the state machine; returns the new status. */
export async function transitionCase(handle: DbHandle, caseId: string, action: CaseAction, input: TransitionInput, user: CaseUser): Promise<CaseStatus> {
  const notices: CaseEventNotice[] = [];
  const to = await withTransaction(handle.pool, (client) => transitionIn(client, caseId, action, input, user, notices));
  await afterCaseEvent(handle, notices);
  return to;
}

export async function transitionIn(client: PoolClient, caseId: string, action: CaseAction, input: TransitionInput, user: CaseUser, notices: CaseEventNotice[]): Promise<CaseStatus> {
  const { rows } = await client.query<{ status: CaseStatus; department_id: string | null; source: CaseSource; warning_id: string | null; case_no: string; title: string }>(
    'select status, department_id, source, warning_id, case_no, title from cases where id = $1 for update',
    [caseId],
  );
  const current = rows[0];
  if (!current) throw new CaseNotFoundError(caseId);
  const to = planTransition(action, current.status, actorsFor(user, current.department_id), input.reason);
  const updates: string[] = ['status = $2', 'updated_at = now()'];
  const values: unknown[] = [caseId, to];
  const set = (column: string, value: unknown) => {
    values.push(value);
    updates.push(`${column} = $${values.length}`);
  };
  let departmentId = current.department_id;
  if (action === 'push') {
    if (!input.departmentCode) throw new TransitionError('推送须指定承办部门 / push needs a department', 'invalid');
    const dept = await client.query<{ id: string }>('select id from departments where code = $1', [input.departmentCode]);
    departmentId = dept.rows[0]?.id ?? null;
    if (!departmentId) throw new TransitionError(`部门不存在 / unknown department: ${input.departmentCode}`, 'invalid');
    const due = input.dueAt ? new Date(input.dueAt) : new Date(Date.now() + DEADLINE_DAYS[current.source] * 86_400_000);
    if (Number.isNaN(due.getTime())) throw new TransitionError(`截止时间无效 / invalid deadline: ${input.dueAt}`, 'invalid');
    set('department_id', departmentId);
    set('due_at', due.toISOString());
    updates.push('pushed_at = now()', 'reminded_at = null', 'escalated_at = null');
  }
  if (action === 'return') updates.push('department_id = null', 'due_at = null');
  if (action === 'dismiss' || action === 'close') updates.push('concluded_at = now()');
  if (action === 'reopen') updates.push('concluded_at = null', 'reopened_count = reopened_count + 1');
  if (action === 'rectified') {
    const funds = input.fundsRecovered ?? 0;
    if (!Number.isInteger(funds) || funds < 0) throw new TransitionError('追回资金须为非负整数（分）/ funds recovered must be a non-negative number of fen', 'invalid');
    set('funds_recovered', funds);
    updates[updates.length - 1] = `funds_recovered = funds_recovered + $${values.length}`;
  }
  await client.query(`update cases set ${updates.join(', ')} where id = $1`, values);
  const detail: Record<string, unknown> = {};
  if (action === 'push') Object.assign(detail, { departmentCode: input.departmentCode, dueAt: values[values.length - 1] });
  if (action === 'rectified') detail.fundsRecovered = input.fundsRecovered ?? 0;
  const eventId = await insertEvent(client, caseId, { type: 'transition', action, fromStatus: current.status, toStatus: to, user, reason: input.reason, detail });
  if (current.warning_id) await syncWarning(client, current.warning_id, to);
  notices.push({ caseId, caseNo: current.case_no, title: current.title, action, toStatus: to, departmentId: action === 'return' ? current.department_id : departmentId, eventId });
  return to;
}

/** The warning follows its case: pushed, confirmed, dismissed (for precision), closed. */
async function syncWarning(client: PoolClient, warningId: string, caseStatus: CaseStatus) {
  const status: Partial<Record<CaseStatus, string>> = { new: 'new', pushed: 'pushed', verifying: 'pushed', confirmed: 'confirmed', rectifying: 'confirmed', rectified: 'confirmed', dismissed: 'dismissed', closed: 'closed' };
  await client.query('update warnings set status = $2, updated_at = now() where id = $1', [warningId, status[caseStatus]]);
}

export interface EventInput {
  type: string;
  action?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  user: CaseUser | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export async function insertEvent(client: PoolClient | DbHandle['pool'], caseId: string, event: EventInput): Promise<number> {
  const { rows } = await client.query<{ id: string }>(
    `insert into case_events (case_id, type, action, from_status, to_status, actor_user_id, actor_username, reason, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [caseId, event.type, event.action ?? null, event.fromStatus ?? null, event.toStatus ?? null, event.user?.id ?? null, event.user?.username ?? 'system', event.reason ?? null, JSON.stringify(event.detail ?? {})],
  );
  return Number(rows[0]?.id);
}

/** 回访: the citizen's satisfaction after closing; an unsatisfied callback may reopen the case. */
export async function recordCallback(
  handle: DbHandle,
  caseId: string,
  input: { satisfaction: Satisfaction; note?: string; reopen?: boolean },
  user: CaseUser,
): Promise<{ status: CaseStatus }> {
  const notices: CaseEventNotice[] = [];
  const status = await withTransaction(handle.pool, async (client): Promise<CaseStatus> => {
    const { rows } = await client.query<{ status: CaseStatus; department_id: string | null }>('select status, department_id from cases where id = $1 for update', [caseId]);
    const current = rows[0];
    if (!current) throw new CaseNotFoundError(caseId);
    if (current.status !== 'closed') throw new TransitionError(`只有已销号的案件可以回访 / only a closed case can be called back (this one is ${current.status})`, 'illegal');
    if (!actorsFor(user, current.department_id).includes('supervisor')) throw new TransitionError('只有监督人员可以记录回访 / only a supervisor records callbacks', 'forbidden');
    if (input.reopen && input.satisfaction !== 'unsatisfied') throw new TransitionError('只有不满意的回访可以重新整改 / only an unsatisfied callback can reopen a case', 'invalid');
    await client.query('update cases set satisfaction = $2, called_back_at = now(), updated_at = now() where id = $1', [caseId, input.satisfaction]);
    await insertEvent(client, caseId, { type: 'callback', action: 'callback', user, reason: input.note, detail: { satisfaction: input.satisfaction } });
    if (!input.reopen) return 'closed';
    return transitionIn(client, caseId, 'reopen', { reason: input.note || '回访不满意 / unsatisfied callback' }, user, notices);
  });
  await afterCaseEvent(handle, notices);
  return { status };
}

export async function addComment(handle: DbHandle, caseId: string, text: string, user: CaseUser): Promise<number> {
  if (!text.trim()) throw new TransitionError('意见不能为空 / a comment cannot be empty', 'invalid');
  await assertCanSee(handle, caseId, user);
  return insertEvent(handle.pool, caseId, { type: 'comment', action: 'comment', user, reason: text.trim() });
}

/** Supervisors see every case; handlers only their department's. Throws not-found otherwise. */
export async function assertCanSee(handle: DbHandle, caseId: string, user: CaseUser): Promise<void> {
  const { rows } = await handle.pool.query<{ department_id: string | null }>('select department_id from cases where id = $1', [caseId]);
  const found = rows[0];
  if (!found || !canSeeAll(user) && found.department_id !== user.departmentId) throw new CaseNotFoundError(caseId);
}

export function canSeeAll(user: Pick<CaseUser, 'roles'>): boolean {
  return user.roles.some((role) => role === 'admin' || role === 'supervisor' || role === 'analyst');
}
