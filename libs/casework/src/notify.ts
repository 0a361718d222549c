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

export async function afterCaseEvent(handle: DbHandle, notices: readonly CaseEventNotice[]): Promise<void> {
  for (const notice of notices) {
    const message = {
      kind: `case.${notice.action}`,
      title: `${TITLES[notice.action]}：${notice.caseNo}`,
      body: notice.title,
      link: `/warning/cases/${notice.caseId}`,
      dedupeKey: `case-event:${notice.eventId}`,
    };
    if (NEXT_ACTOR[notice.action] === 'handlers' && notice.departmentId) await notifyHandlers(handle, notice.departmentId, message);
    else await notifySupervisors(handle, message);
    if (notice.departmentId) await queueWebhook(handle, notice);
  }
}

type Message = { kind: string; title: string; body: string; link: string; dedupeKey: string };

/** The handlers of the department that must act (the shell's bell shows these). */
async function notifyHandlers(handle: DbHandle, departmentId: string, message: Message) {
  await handle.pool.query(
    `insert into notifications (recipient_user_id, department_id, kind, title, body, link, dedupe_key)
     select u.id, u.department_id, $1, $2, $3, $4, $5 from users u
     where not u.disabled and u.department_id = $6 and u.roles && array['handler']::role[]
     on conflict (recipient_user_id, dedupe_key) do nothing`,
    [message.kind, message.title, message.body, message.link, message.dedupeKey, departmentId],
  );
}

/** The commission's supervisors, whichever department they sit in. */
async function notifySupervisors(handle: DbHandle, message: Message) {
  await handle.pool.query(
    `insert into notifications (recipient_user_id, department_id, kind, title, body, link, dedupe_key)
     select u.id, u.department_id, $1, $2, $3, $4, $5 from users u
     where not u.disabled and u.roles && array['supervisor']::role[]
     on conflict (recipient_user_id, dedupe_key) do nothing`,
    [message.kind, message.title, message.body, message.link, message.dedupeKey],
  );
}

/** Records a delivery for the department's webhook, if it has one; the worker sends it. */
async function queueWebhook(handle: DbHandle, notice: CaseEventNotice) {
  await handle.pool.query(
    `insert into webhook_deliveries (webhook_id, event, payload)
     select w.id, $2, $3 from webhooks w where w.department_id = $1 and w.enabled`,
    [
      notice.departmentId,
      `case.${notice.action}`,
      JSON.stringify({ event: `case.${notice.action}`, eventId: notice.eventId, caseId: notice.caseId, caseNo: notice.caseNo, title: notice.title, status: notice.toStatus }),
    ],
  );
}
