// Keeps the analysis summaries in step with the library. The publish job calls
// `refreshAnalysis` after every published batch; it is idempotent and set-based: facts of
// batches no longer published leave, tickets of published batches not yet extracted come
// in (one INSERT … SELECT), and the daily rollup is refreshed concurrently so dashboards
// keep answering while it runs.
import type { DbHandle } from '@zhijian/db';

export const TICKET_DATASET = 'hotline.ticket';

// Typed columns out of a ticket's standardized attributes. Datetimes are ISO strings;
// the received day is the China calendar day. The address key drops whitespace and
// punctuation after NFKC so "3 号" and "３号" group together.
const EXTRACT_TICKETS = `
  insert into analysis_ticket_facts (record_id, batch_id, ticket_no, received_at, received_day, region_code, category,
    subcategory, department, caller_phone, address, address_key, content, status, due_at, closed_at, overdue,
    returned_count, satisfaction)
  select r.id, r.batch_id, t.ticket_no, t.received_at, (t.received_at at time zone 'Asia/Shanghai')::date,
         coalesce(left(t.region_code, 6), ''), coalesce(nullif(t.category, ''), '未分类'), t.subcategory,
         coalesce(nullif(t.department, ''), '未指定'), nullif(t.caller_phone, ''), t.address,
         nullif(regexp_replace(lower(normalize(coalesce(t.address, ''), nfkc)), '[[:space:][:punct:]，。、（）]+', '', 'g'), ''),
         coalesce(t.content, ''), t.status, t.due_at, t.closed_at,
         coalesce(t.closed_at > t.due_at, t.closed_at is null and t.due_at < now(), false),
         coalesce(t.returned_count, 0), t.satisfaction
  from records r
  join batches b on b.id = r.batch_id and b.status = 'published'
  cross join lateral (select r.attrs->>'ticket_no' as ticket_no,
                             (r.attrs->>'received_at')::timestamptz as received_at,
                             r.attrs->>'region_code' as region_code,
                             r.attrs->>'category' as category,
                             r.attrs->>'subcategory' as subcategory,
                             r.attrs->>'assigned_department' as department,
                             r.attrs->>'caller_phone' as caller_phone,
                             r.attrs->>'address' as address,
                             r.attrs->>'content' as content,
                             r.attrs->>'status' as status,
                             (r.attrs->>'due_at')::timestamptz as due_at,
                             (r.attrs->>'closed_at')::timestamptz as closed_at,
                             (r.attrs->>'returned_count')::int as returned_count,
                             r.attrs->>'satisfaction' as satisfaction) t
  where r.dataset_code = $1 and t.received_at is not null
    and not exists (select 1 from analysis_ticket_facts f where f.record_id = r.id)`;

const DROP_INVISIBLE = `
  delete from analysis_ticket_facts f
  where not exists (select 1 from batches b where b.id = f.batch_id and b.status = 'published')
     or not exists (select 1 from records r where r.id = f.record_id)`;

export interface RefreshOutcome {
  removed: number;
  added: number;
}

/** Brings the analysis summaries up to date after a batch of `datasetCode` was published or rolled back. */
export async function refreshAnalysis(handle: DbHandle, datasetCode: string): Promise<RefreshOutcome> {
  if (datasetCode !== TICKET_DATASET) return { removed: 0, added: 0 };
  const client = await handle.pool.connect();
  try {
    await client.query('begin');
    // One refresher at a time: two concurrent publishes would insert the same new tickets.
    await client.query(`select pg_advisory_xact_lock(hashtext('analysis_ticket_facts'))`);
    const removed = await client.query(DROP_INVISIBLE);
    const added = await client.query(EXTRACT_TICKETS, [TICKET_DATASET]);
    await client.query('commit');
    await client.query('refresh materialized view concurrently analysis_ticket_daily');
    return { removed: removed.rowCount ?? 0, added: added.rowCount ?? 0 };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
