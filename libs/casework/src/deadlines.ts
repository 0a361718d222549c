// Deadlines: a reminder to the department shortly before a case falls due, and 督办 — an
// escalation to the supervisors — once it is overdue. Run daily (and on demand); each case
// is reminded and escalated once per deadline, so running it twice changes nothing.
import type { DbHandle } from '@zhijian/db';
import { REMIND_DAYS_BEFORE } from './cases';
import { afterCaseEvent, type CaseEventNotice } from './notify';
import { OPEN_STATUSES } from './state-machine';

/** Marks the chosen cases and writes their events in one statement; returns them for notifying. */
async function markAndRecord(handle: DbHandle, kind: 'reminder' | 'escalation', setAndWhere: string, values: unknown[]): Promise<CaseEventNotice[]> {
  const { rows } = await handle.pool.query<{ id: string; case_no: string; title: string; status: string; department_id: string; event_id: string }>(
    `with marked as (update cases set ${setAndWhere} returning id, case_no, title, status, department_id, due_at),
     events as (
       insert into case_events (case_id, type, action, actor_username, detail)
       select id, '${kind}', '${kind}', 'system', jsonb_build_object('dueAt', due_at) from marked
       returning id, case_id)
     select m.id, m.case_no, m.title, m.status, m.department_id, e.id as event_id from marked m join events e on e.case_id = m.id`,
    values,
  );
  return rows.map((row) => ({ caseId: row.id, caseNo: row.case_no, title: row.title, action: kind, toStatus: row.status, departmentId: row.department_id, eventId: Number(row.event_id) }));
}

export async function checkCaseDeadlines(handle: DbHandle, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  const reminded = await markAndRecord(
    handle,
    'reminder',
    `reminded_at = $1 where status = any($2) and reminded_at is null and due_at > $1 and due_at <= $1::timestamptz + make_interval(days => $3)`,
    [now, OPEN_STATUSES, REMIND_DAYS_BEFORE],
  );
  const escalated = await markAndRecord(handle, 'escalation', `escalated_at = $1 where status = any($2) and escalated_at is null and due_at <= $1`, [now, OPEN_STATUSES]);
  await afterCaseEvent(handle, [...reminded, ...escalated]);
  return { reminded: reminded.length, escalated: escalated.length };
}
