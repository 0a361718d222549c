// Repeated complaints: the same caller, or the same place, again and again. Ranked by the
// most tickets within any window of `windowDays` (a burst is what the commission watches),
// then by the total — so three calls in three weeks outrank three calls over a year.
import type { DbHandle } from '@zhijian/db';
import { type AnalysisFilter, filterSql, SqlParams } from '../filter';

export interface RepeatInput extends AnalysisFilter {
  by: 'caller' | 'address';
  /** Fewest tickets for a group to be listed (default 2). */
  minTickets?: number;
  windowDays?: number;
  limit?: number;
}

export interface RepeatGroup {
  /** The caller's phone, or the normalized address key. */
  key: string;
  /** What to show: the phone, or the address as first written. */
  label: string;
  tickets: number;
  /** Most tickets within any `windowDays` window. */
  maxInWindow: number;
  firstAt: string;
  lastAt: string;
  categories: string[];
  regionCodes: string[];
  /** The group's tickets, oldest first (for the drill-down without revealing the phone). */
  ticketNos: string[];
}

const KEY_COLUMN = { caller: 'caller_phone', address: 'address_key' } as const;

export async function repeatComplaints(handle: DbHandle, input: RepeatInput): Promise<RepeatGroup[]> {
  const params = new SqlParams();
  const where = filterSql(input, params, { day: 'f.received_day', region: 'f.region_code' });
  const key = KEY_COLUMN[input.by];
  const min = params.add(input.minTickets ?? 2, 'int');
  const window = params.add(`${input.windowDays ?? 30} days`, 'interval');
  const limit = params.add(input.limit ?? 50, 'int');
  const { rows } = await handle.pool.query<{
    key: string;
    label: string;
    tickets: number;
    max_in_window: number;
    first_at: Date;
    last_at: Date;
    categories: string[];
    region_codes: string[];
    ticket_nos: string[];
  }>(
    `with repeated as (
       select f.${key} as key from analysis_ticket_facts f where ${where} and f.${key} is not null group by 1 having count(*) >= ${min}
     ), windowed as (
       select f.${key} as key, f.received_at, f.category, f.region_code, f.address, f.caller_phone, f.ticket_no,
              count(*) over (partition by f.${key} order by f.received_at range between current row and ${window} following) as in_window
       from analysis_ticket_facts f join repeated r on r.key = f.${key}
       where ${where}
     )
     select key, min(${input.by === 'caller' ? 'caller_phone' : 'address'}) as label, count(*)::int as tickets,
            max(in_window)::int as max_in_window, min(received_at) as first_at, max(received_at) as last_at,
            array_agg(distinct category) as categories, array_agg(distinct region_code) as region_codes,
            array_agg(ticket_no order by received_at) as ticket_nos
     from windowed group by key
     order by max(in_window) desc, count(*) desc, max(received_at) desc, key
     limit ${limit}`,
    params.values,
  );
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    tickets: row.tickets,
    maxInWindow: row.max_in_window,
    firstAt: row.first_at.toISOString(),
    lastAt: row.last_at.toISOString(),
    categories: row.categories,
    regionCodes: row.region_codes,
    ticketNos: row.ticket_nos,
  }));
}
