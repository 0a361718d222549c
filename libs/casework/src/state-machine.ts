// The closed loop as an explicit state machine: which action moves a case from which
// state to which, who may take it, and what it must carry. Everything that changes a case's
// status goes through `planTransition`; anything not listed here is refused.
import type { CaseStatus, Role } from '@zhijian/db';

export const CASE_ACTIONS = [
  'push', // 推送: to the responsible department, with a deadline
  'accept', // 签收核查: the department starts verifying
  'return', // 退回: not ours — back to the supervisor, with a reason
  'confirm', // 核实属实
  'dismiss', // 核实不属实 (feeds the model's precision)
  'start_rectify', // 开始整改
  'rectified', // 整改完成: evidence text, files, funds recovered
  'close', // 销号
  'send_back', // 退回重改: the supervisor does not accept the rectification
  'reopen', // 回访不满意, 重新整改
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Who acts: the commission's supervisors, or the handlers of the case's department. */
export type Actor = 'supervisor' | 'handler';

interface Rule {
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus;
  readonly actor: Actor;
  readonly reasonRequired: boolean;
  readonly label: { zh: string; en: string };
}

export const TRANSITIONS: Readonly<Record<CaseAction, Rule>> = {
  push: { from: ['new'], to: 'pushed', actor: 'supervisor', reasonRequired: false, label: { zh: '推送', en: 'Push' } },
  accept: { from: ['pushed'], to: 'verifying', actor: 'handler', reasonRequired: false, label: { zh: '签收核查', en: 'Start verifying' } },
  return: { from: ['pushed', 'verifying'], to: 'new', actor: 'handler', reasonRequired: true, label: { zh: '退回', en: 'Return' } },
  confirm: { from: ['verifying'], to: 'confirmed', actor: 'handler', reasonRequired: true, label: { zh: '核实属实', en: 'Confirm' } },
  dismiss: { from: ['verifying'], to: 'dismissed', actor: 'handler', reasonRequired: true, label: { zh: '核实不属实', en: 'Dismiss' } },
  start_rectify: { from: ['confirmed'], to: 'rectifying', actor: 'handler', reasonRequired: false, label: { zh: '开始整改', en: 'Start rectifying' } },
  rectified: { from: ['rectifying'], to: 'rectified', actor: 'handler', reasonRequired: true, label: { zh: '整改完成', en: 'Rectified' } },
  close: { from: ['rectified'], to: 'closed', actor: 'supervisor', reasonRequired: false, label: { zh: '销号', en: 'Close' } },
  send_back: { from: ['rectified'], to: 'rectifying', actor: 'supervisor', reasonRequired: true, label: { zh: '退回重改', en: 'Send back' } },
  reopen: { from: ['closed'], to: 'rectifying', actor: 'supervisor', reasonRequired: true, label: { zh: '重新整改', en: 'Reopen' } },
};

/** States in which a case still needs someone to act (and can therefore run late). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['pushed', 'verifying', 'confirmed', 'rectifying', 'rectified'];

export class TransitionError extends Error {
  constructor(
    message: string,
    readonly code: 'illegal' | 'forbidden' | 'invalid',
  ) {
    super(message);
    this.name = 'TransitionError';
  }
}

export interface ActingUser {
  roles: readonly Role[];
  departmentId: string;
}

/** The actor roles a user can play on a case: supervisors anywhere, handlers in their department. */
export function actorsFor(user: ActingUser, caseDepartmentId: string | null): Actor[] {
  const actors: Actor[] = [];
  if (user.roles.includes('admin') || user.roles.includes('supervisor')) actors.push('supervisor');
  if (caseDepartmentId !== null && user.departmentId === caseDepartmentId && (user.roles.includes('handler') || user.roles.includes('admin'))) {
    actors.push('handler');
  }
  return actors;
}

/** Checks an action against the machine; returns the new status or throws with a clear reason. */
export function planTransition(action: CaseAction, from: CaseStatus, actors: readonly Actor[], reason: string | undefined): CaseStatus {
  const rule = TRANSITIONS[action];
  if (!rule) throw new TransitionError(`未知操作 / unknown action: ${action}`, 'invalid');
  if (!rule.from.includes(from)) {
    throw new TransitionError(
      `案件处于「${STATUS_LABELS[from].zh}」，不能「${rule.label.zh}」/ "${action}" is not allowed on a ${from} case (only from: ${rule.from.join(', ')})`,
      'illegal',
    );
  }
  if (!actors.includes(rule.actor)) {
    const who = rule.actor === 'supervisor' ? '监督人员 / a supervisor' : '承办部门经办人 / a handler of the assigned department';
    throw new TransitionError(`只有${who}可以「${rule.label.zh}」/ only ${who.split(' / ')[1]} may ${action}`, 'forbidden');
  }
  if (rule.reasonRequired && !reason?.trim()) throw new TransitionError(`「${rule.label.zh}」须填写理由 / ${action} needs a reason`, 'invalid');
  return rule.to;
}

/** The actions a user could take on a case now (for the UI's buttons). */
export function availableActions(from: CaseStatus, actors: readonly Actor[]): CaseAction[] {
  return CASE_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(from) && actors.includes(TRANSITIONS[action].actor));
}

export const STATUS_LABELS: Readonly<Record<CaseStatus, { zh: string; en: string }>> = {
  new: { zh: '待推送', en: 'New' },
  pushed: { zh: '已推送', en: 'Pushed' },
  verifying: { zh: '核查中', en: 'Verifying' },
  confirmed: { zh: '已核实', en: 'Confirmed' },
  dismissed: { zh: '不属实', en: 'Dismissed' },
  rectifying: { zh: '整改中', en: 'Rectifying' },
  rectified: { zh: '已整改', en: 'Rectified' },
  closed: { zh: '已销号', en: 'Closed' },
};
