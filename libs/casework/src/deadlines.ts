// Deadlines: a reminder to the department shortly before a case falls due, and 督办 — an
// escalation to the supervisors — once it is overdue. Run daily (and on demand); each case
// is reminded and escalated once per deadline, so running it twice changes nothing.
import type { DbHandle } from '@zhijian/db';
import { insertEvent, REMIND_DAYS_BEFORE } from './cases';
import { afterCaseEvent, type CaseEventNotice } from './notify';
import { OPEN_STATUSES } from './state-machine';

export async function checkCaseDeadlines(handle: DbHandle, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  const notices: CaseEventNotice[] = [];
  const remind = await handle.pool.query<{ id: string; case_no: string; title: string; status: string; department_id: string; due_at: Date }>(
    `update cases set reminded_at = $1 where status = any($2) and reminded_at is null and due_at > $1
       and due_at <= $1::timestamptz + make_interval(days => $3)
     returning id, case_no, title, status, department_id, due_at`,
    [now, OPEN_STATUSES, REMIND_DAYS_BEFORE],
  );
  for (const row of remind.rows) {
    const eventId = await insertEvent(handle.pool, row.id, { type: 'reminder', action: 'reminder', user: null, detail: { dueAt: row.due_at } });
    notices.push({ caseId: row.id, caseNo: row.case_no, title: row.title, action: 'reminder', toStatus: row.status, departmentId: row.department_id, eventId });
  }
  const escalate = await handle.pool.query<{ id: string; case_no: string; title: string; status: string; department_id: string; due_at: Date }>(
    `update cases set escalated_at = $1 where status = any($2) and escalated_at is null and due_at <= $1
     returning id, case_no, title, status, department_id, due_at`,
    [now, OPEN_STATUSES],
  );
  for (const row of escalate.rows) {
    const eventId = await insertEvent(handle.pool, row.id, { type: 'escalation', action: 'escalation', user: null, detail: { dueAt: row.due_at } });
    notices.push({ caseId: row.id, caseNo: row.case_no, title: row.title, action: 'escalation', toStatus: row.status, departmentId: row.department_id, eventId });
  }
  await afterCaseEvent(handle, notices);
  return { reminded: remind.rowCount ?? 0, escalated: escalate.rowCount ?? 0 };
}
