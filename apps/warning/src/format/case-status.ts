import { type CaseActionName, type CaseSource, type CaseStatus } from '../api/types';

// Mirrors libs/casework's state machine for the UI (the web apps do not import server libs);
// the server decides which actions are allowed and says why when one is not.
export const CASE_STATUSES = ['new', 'pushed', 'verifying', 'confirmed', 'dismissed', 'rectifying', 'rectified', 'closed'] as const satisfies readonly CaseStatus[];
export const CASE_SOURCES = ['warning', 'hotline', 'manual'] as const satisfies readonly CaseSource[];
export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  new: 'default',
  pushed: 'blue',
  verifying: 'processing',
  confirmed: 'volcano',
  dismissed: 'default',
  rectifying: 'orange',
  rectified: 'cyan',
  closed: 'green',
};

/** Actions that must carry a reason (the server refuses them without one). */
export const REASON_REQUIRED: ReadonlySet<CaseActionName> = new Set<CaseActionName>(['return', 'confirm', 'dismiss', 'rectified', 'send_back', 'reopen']);

/** Days a department has, by source (DEADLINE_DAYS in libs/casework). */
export const DEADLINE_DAYS: Record<CaseSource, number> = { warning: 15, hotline: 5, manual: 15 };

const pad = (n: number) => String(n).padStart(2, '0');

/** The default deadline as a date input value: today + the source's days, in local time. */
export function defaultDueDate(source: CaseSource, today = new Date()): string {
  const due = new Date(today.getFullYear(), today.getMonth(), today.getDate() + DEADLINE_DAYS[source]);
  return `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
}

/** A picked day becomes the end of that day in Beijing time, as the API's ISO-with-offset deadline. */
export function dueAtFromDate(date: string): string {
  return `${date}T23:59:59+08:00`;
}

/** "1,234.5" yuan → 123450 fen; null for anything that is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replaceAll(',', '').replaceAll('，', '').trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
