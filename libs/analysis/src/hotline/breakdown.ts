// Tickets by category, county, department or month, from the daily rollup: every chart of
// the hotline dashboard is one GROUP BY over `analysis_ticket_daily`.
import type { DbHandle } from '@zhijian/db';
import { type AnalysisFilter, filterSql, SqlParams } from '../filter';

export const TICKET_DIMENSIONS = ['category', 'region', 'department', 'month', 'day'] as const;
export type TicketDimension = (typeof TICKET_DIMENSIONS)[number];

export interface TicketCounts {
  tickets: number;
  overdue: number;
  returned: number;
  closed: number;
  closedOnTime: number;
  callbacks: number;
  satisfied: number;
  unsatisfied: number;
}

export interface TicketRates {
  /** 办结率 = closed ÷ received. */
  completionRate: number | null;
  /** 按时办结率 = closed by the due time ÷ received. */
  onTimeRate: number | null;
  /** 满意率 = (satisfied + basically satisfied) ÷ tickets called back with an answer. */
  satisfactionRate: number | null;
}

export interface TicketGroup extends TicketCounts, TicketRates {
  key: string;
}

const KEY_SQL: Record<TicketDimension, string> = {
  category: 'category',
  region: 'region_code',
  department: 'department',
  month: `to_char(day, 'YYYY-MM')`,
  day: `to_char(day, 'YYYY-MM-DD')`,
};

const SUMS = `sum(tickets)::int as tickets, sum(overdue)::int as overdue, sum(returned)::int as returned,
  sum(closed)::int as closed, sum(closed_on_time)::int as closed_on_time, sum(callbacks)::int as callbacks,
  sum(satisfied)::int as satisfied, sum(unsatisfied)::int as unsatisfied`;

interface CountRow {
  tickets: number | null;
  overdue: number | null;
  returned: number | null;
  closed: number | null;
  closed_on_time: number | null;
  callbacks: number | null;
  satisfied: number | null;
  unsatisfied: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function ticketRates(c: TicketCounts): TicketRates {
  return { completionRate: ratio(c.closed, c.tickets), onTimeRate: ratio(c.closedOnTime, c.tickets), satisfactionRate: ratio(c.satisfied, c.callbacks) };
}

function counts(row: CountRow): TicketCounts {
  return {
    tickets: row.tickets ?? 0,
    overdue: row.overdue ?? 0,
    returned: row.returned ?? 0,
    closed: row.closed ?? 0,
    closedOnTime: row.closed_on_time ?? 0,
    callbacks: row.callbacks ?? 0,
    satisfied: row.satisfied ?? 0,
    unsatisfied: row.unsatisfied ?? 0,
  };
}

/** Ticket counts and rates grouped by one dimension, largest first (months and days in order). */
export async function ticketBreakdown(handle: DbHandle, filter: AnalysisFilter, dimension: TicketDimension): Promise<TicketGroup[]> {
  const params = new SqlParams();
  const where = filterSql(filter, params, { day: 'day', region: 'region_code' });
  const order = dimension === 'month' || dimension === 'day' ? 'key' : 'tickets desc, key';
  const { rows } = await handle.pool.query<CountRow & { key: string }>(
    `select ${KEY_SQL[dimension]} as key, ${SUMS} from analysis_ticket_daily where ${where} group by 1 order by ${order}`,
    params.values,
  );
  return rows.map((row) => {
    const c = counts(row);
    return { key: row.key, ...c, ...ticketRates(c) };
  });
}

/** Totals and rates for the whole filter. */
export async function ticketTotals(handle: DbHandle, filter: AnalysisFilter): Promise<TicketCounts & TicketRates> {
  const params = new SqlParams();
  const where = filterSql(filter, params, { day: 'day', region: 'region_code' });
  const { rows } = await handle.pool.query<CountRow>(`select ${SUMS} from analysis_ticket_daily where ${where}`, params.values);
  const c = counts(rows[0] ?? ({} as CountRow));
  return { ...c, ...ticketRates(c) };
}

/** Overdue, returned and unsatisfied tickets by department, the worst first. */
export async function departmentPerformance(handle: DbHandle, filter: AnalysisFilter): Promise<TicketGroup[]> {
  const groups = await ticketBreakdown(handle, filter, 'department');
  return groups.sort((a, b) => b.overdue + b.returned + b.unsatisfied - (a.overdue + a.returned + a.unsatisfied) || b.tickets - a.tickets);
}
