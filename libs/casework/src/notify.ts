// After a case changes: tell the people who must act next (in-app notifications) and the
// department's partner system (a webhook delivery, recorded and retried until delivered).
// Runs after the transition commits; each write is idempotent per event.
import type { DbHandle } from '@zhijian/db';
import type { CaseAction } from './state-machine';

export interface CaseEventNotice {
  caseId: string;
  caseNo: string;
  title: string;
  action: CaseAction | 'reminder' | 'escalation';
  toStatus: string;
  departmentId: string | null;
  eventId: number;
}

/** Who acts next after each action: the department's handlers, or the commission's supervisors. */
const NEXT_ACTOR: Record<CaseEventNotice['action'], 'handlers' | 'supervisors'> = {
  push: 'handlers',
  accept: 'supervisors',
  return: 'supervisors',
  confirm: 'supervisors',
  dismiss: 'supervisors',
  start_rectify: 'supervisors',
  rectified: 'supervisors',
  close: 'handlers',
  send_back: 'handlers',
  reopen: 'handlers',
  reminder: 'handlers',
  escalation: 'supervisors',
};

const TITLES: Record<CaseEventNotice['action'], string> = {
  push: '新案件待核查',
  accept: '案件已签收核查',
  return: '案件被退回',
  confirm: '案件核实属实',
  dismiss: '案件核实不属实',
  start_rectify: '案件开始整改',
  rectified: '案件整改完成，待销号',
  close: '案件已销号',
  send_back: '整改被退回，请重新整改',
  reopen: '回访不满意，请重新整改',
  reminder: '案件即将到期',
  escalation: '案件逾期，已督办',
};

/**
 * Two statements for any number of events (a round of hundreds of items, a night's
 * escalations): the notifications for whoever acts next, and the webhook deliveries.
 */
export async function afterCaseEvent(handle: DbHandle, notices: readonly CaseEventNotice[]): Promise<void> {
  if (notices.length === 0) return;
  const items = notices.map((notice) => ({
    kind: `case.${notice.action}`,
    title: `${TITLES[notice.action]}：${notice.caseNo}`,
    body: notice.title,
    link: `/warning/cases/${notice.caseId}`,
    dedupeKey: `case-event:${notice.eventId}`,
    // Handlers of the case's department, or the commission's supervisors (whichever department they sit in).
    handlersOf: NEXT_ACTOR[notice.action] === 'handlers' && notice.departmentId ? notice.departmentId : null,
    departmentId: notice.departmentId,
    payload: { event: `case.${notice.action}`, eventId: notice.eventId, caseId: notice.caseId, caseNo: notice.caseNo, title: notice.title, status: notice.toStatus },
  }));
  const json = JSON.stringify(items);
  await handle.pool.query(
    `insert into notifications (recipient_user_id, department_id, kind, title, body, link, dedupe_key)
     select u.id, u.department_id, n.kind, n.title, n.body, n.link, n."dedupeKey"
     from jsonb_to_recordset($1::jsonb) as n(kind text, title text, body text, link text, "dedupeKey" text, "handlersOf" uuid)
     join users u on not u.disabled and case
       when n."handlersOf" is not null then u.department_id = n."handlersOf" and u.roles && array['handler']::role[]
       else u.roles && array['supervisor']::role[] end
     on conflict (recipient_user_id, dedupe_key) do nothing`,
    [json],
  );
  // A delivery for each event of a department that registered a webhook; the worker sends it.
  await handle.pool.query(
    `insert into webhook_deliveries (webhook_id, event, payload)
     select w.id, n.payload->>'event', n.payload
     from jsonb_to_recordset($1::jsonb) as n("departmentId" uuid, payload jsonb)
     join webhooks w on w.department_id = n."departmentId" and w.enabled`,
    [json],
  );
}
