// Who looked up whom: the audit log's `query.*` entries, for supervisors.
import type { Db } from '@zhijian/db';
import { sql } from 'drizzle-orm';

export interface LookupEntry {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  target: string | null;
  purpose: string | null;
  subjectName: string | null;
}

export async function listLookups(db: Db, filter: { actor?: string; target?: string; limit?: number } = {}): Promise<LookupEntry[]> {
  const { rows } = await db.execute<{ seq: string; at: Date; actor_username: string | null; action: string; target: string | null; detail: Record<string, unknown> }>(sql`
    select seq, at, actor_username, action, target, detail from audit_log
    where action like 'query.%'
      ${filter.actor ? sql`and actor_username = ${filter.actor}` : sql``}
      ${filter.target ? sql`and target like ${`%${filter.target}%`}` : sql``}
    order by seq desc limit ${filter.limit ?? 200}`);
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    actorUsername: row.actor_username,
    action: row.action,
    target: row.target,
    purpose: typeof row.detail.purpose === 'string' ? row.detail.purpose : null,
    subjectName: typeof row.detail.subjectName === 'string' ? row.detail.subjectName : null,
  }));
}
