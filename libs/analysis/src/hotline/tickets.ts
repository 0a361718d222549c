// Drill-down: the tickets behind a chart element, and one ticket with the caller's
// subject (when name matching linked it) so the UI can open the query system's profile.
import type { DbHandle } from '@zhijian/db';
import { type AnalysisFilter, filterSql, SqlParams } from '../filter';

export interface TicketSelection extends AnalysisFilter {
  category?: string;
  department?: string;
  /** `YYYY-MM`: one month of a time chart. */
  month?: string;
  callerPhone?: string;
  addressKey?: string;
  ticketNos?: string[];
  flag?: 'overdue' | 'returned' | 'unsatisfied';
}

export interface TicketRow {
  recordId: number;
  ticketNo: string;
  receivedAt: string;
  regionCode: string;
  category: string;
  subcategory: string | null;
  department: string;
  callerPhone: string | null;
  address: string | null;
  content: string;
  status: string | null;
  overdue: boolean;
  returnedCount: number;
  satisfaction: string | null;
  /** The person the caller was matched to (name matching or an accepted review). */
  callerSubjectId: number | null;
}

const COLUMNS = `f.record_id, f.ticket_no, f.received_at, f.region_code, f.category, f.subcategory, f.department,
  f.caller_phone, f.address, f.content, f.status, f.overdue, f.returned_count, f.satisfaction,
  (select rs.subject_id from record_subjects rs where rs.record_id = f.record_id and rs.role = 'caller' limit 1) as caller_subject_id`;

interface RawTicket {
  record_id: string;
  ticket_no: string;
  received_at: Date;
  region_code: string;
  category: string;
  subcategory: string | null;
  department: string;
  caller_phone: string | null;
  address: string | null;
  content: string;
  status: string | null;
  overdue: boolean;
  returned_count: number;
  satisfaction: string | null;
  caller_subject_id: string | null;
}

const toRow = (r: RawTicket): TicketRow => ({
  recordId: Number(r.record_id),
  ticketNo: r.ticket_no,
  receivedAt: r.received_at.toISOString(),
  regionCode: r.region_code,
  category: r.category,
  subcategory: r.subcategory,
  department: r.department,
  callerPhone: r.caller_phone,
  address: r.address,
  content: r.content,
  status: r.status,
  overdue: r.overdue,
  returnedCount: r.returned_count,
  satisfaction: r.satisfaction,
  callerSubjectId: r.caller_subject_id === null ? null : Number(r.caller_subject_id),
});

function selectionSql(selection: TicketSelection, params: SqlParams): string {
  const conditions = [filterSql(selection, params, { day: 'f.received_day', region: 'f.region_code' })];
  if (selection.category) conditions.push(`f.category = ${params.add(selection.category)}`);
  if (selection.department) conditions.push(`f.department = ${params.add(selection.department)}`);
  if (selection.month) conditions.push(`to_char(f.received_day, 'YYYY-MM') = ${params.add(selection.month)}`);
  if (selection.callerPhone) conditions.push(`f.caller_phone = ${params.add(selection.callerPhone)}`);
  if (selection.addressKey) conditions.push(`f.address_key = ${params.add(selection.addressKey)}`);
  if (selection.ticketNos) conditions.push(`f.ticket_no = any(${params.add(selection.ticketNos, 'text[]')})`);
  if (selection.flag === 'overdue') conditions.push('f.overdue');
  if (selection.flag === 'returned') conditions.push('f.returned_count > 0');
  if (selection.flag === 'unsatisfied') conditions.push(`f.satisfaction = 'unsatisfied'`);
  return conditions.join(' and ');
}

/** One page of the selected tickets, newest first, and how many there are. */
export async function listTickets(handle: DbHandle, selection: TicketSelection, page: { limit: number; offset: number }): Promise<{ total: number; items: TicketRow[] }> {
  const params = new SqlParams();
  const where = selectionSql(selection, params);
  const total = await handle.pool.query<{ n: number }>(`select count(*)::int as n from analysis_ticket_facts f where ${where}`, params.values);
  const limit = params.add(page.limit, 'int');
  const offset = params.add(page.offset, 'int');
  const { rows } = await handle.pool.query<RawTicket>(
    `select ${COLUMNS} from analysis_ticket_facts f where ${where} order by f.received_at desc, f.record_id limit ${limit} offset ${offset}`,
    params.values,
  );
  return { total: total.rows[0]?.n ?? 0, items: rows.map(toRow) };
}

/** One ticket with every attribute its department delivered and the file row it came from. */
export async function getTicket(handle: DbHandle, recordId: number): Promise<(TicketRow & { attrs: Record<string, unknown>; batchId: string; rowNumber: number }) | null> {
  const { rows } = await handle.pool.query<RawTicket & { attrs: Record<string, unknown>; batch_id: string; row_number: number }>(
    `select ${COLUMNS}, r.attrs, r.batch_id, r.row_number
     from analysis_ticket_facts f join records r on r.id = f.record_id
     join batches b on b.id = r.batch_id and b.status = 'published'
     where f.record_id = $1`,
    [recordId],
  );
  const row = rows[0];
  return row ? { ...toRow(row), attrs: row.attrs, batchId: row.batch_id, rowNumber: row.row_number } : null;
}
