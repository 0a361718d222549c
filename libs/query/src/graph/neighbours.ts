// One hop of set-based expansion: the relations of a whole frontier in one statement,
// each node's list capped (a lateral LIMIT) so a hub costs no more than its cap.
import type { Db, SubjectType } from '@zhijian/db';
import { type SQL, sql } from 'drizzle-orm';
import type { GraphEdge, GraphFilters, HubSummary } from './types';

export interface NeighbourRow extends GraphEdge {
  source: number;
  other: { id: number; type: SubjectType; key: string; name: string | null };
}

export function relationConditions(filters: GraphFilters): SQL {
  // Facts count only once their batch is published (docs/ARCHITECTURE.md, Visibility).
  const parts: SQL[] = [sql`exists (select 1 from batches b where b.id = r.batch_id and b.status = 'published')`];
  if (filters.relationTypes?.length) parts.push(sql`r.type = any(${sql.param(filters.relationTypes)}::text[])`);
  if (filters.asOf) parts.push(sql`(r.valid_from is null or r.valid_from <= ${filters.asOf}::date) and (r.valid_to is null or r.valid_to >= ${filters.asOf}::date)`);
  return sql.join(parts, sql` and `);
}

/** Up to `perNode` relations of each frontier node, with the subject at the other end. */
export async function neighbours(db: Db, frontier: number[], filters: GraphFilters, perNode: number): Promise<NeighbourRow[]> {
  if (frontier.length === 0) return [];
  const where = relationConditions(filters);
  const typeFilter = filters.subjectTypes?.length ? sql`and s.type = any(${sql.param(filters.subjectTypes)}::subject_type[])` : sql``;
  const { rows } = await db.execute<{
    source: string; id: string; type: string; from_id: string; to_id: string; valid_from: string | null; valid_to: string | null;
    dataset_code: string; other_id: string; other_type: SubjectType; other_key: string; other_name: string | null;
  }>(sql`
    select f.id as source, e.id, e.type, e.from_id, e.to_id, e.valid_from::text, e.valid_to::text, e.dataset_code,
      s.id as other_id, s.type as other_type, s.key as other_key, s.name as other_name
    from unnest(${sql.param(frontier)}::bigint[]) as f(id)
    cross join lateral (
      (select r.id, r.type, r.from_subject_id as from_id, r.to_subject_id as to_id, r.valid_from, r.valid_to, r.dataset_code,
              r.to_subject_id as other_id
       from relations r where r.from_subject_id = f.id and ${where})
      union all
      (select r.id, r.type, r.from_subject_id, r.to_subject_id, r.valid_from, r.valid_to, r.dataset_code, r.from_subject_id
       from relations r where r.to_subject_id = f.id and ${where})
      limit ${perNode}
    ) e
    join subjects s on s.id = e.other_id ${typeFilter}`);
  return rows.map((row) => ({
    source: Number(row.source),
    id: Number(row.id),
    type: row.type,
    from: Number(row.from_id),
    to: Number(row.to_id),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    datasetCode: row.dataset_code,
    other: { id: Number(row.other_id), type: row.other_type, key: row.other_key, name: row.other_name },
  }));
}

/** Relation counts by type of each hub, counting at most `cap` relations per hub. */
export async function hubSummaries(db: Db, hubs: number[], filters: GraphFilters, cap: number): Promise<Map<number, HubSummary>> {
  const summaries = new Map<number, HubSummary>();
  if (hubs.length === 0) return summaries;
  const where = relationConditions(filters);
  const { rows } = await db.execute<{ id: string; type: string; n: string }>(sql`
    select h.id, e.type, count(*) as n
    from unnest(${sql.param(hubs)}::bigint[]) as h(id)
    cross join lateral (
      (select r.type from relations r where r.from_subject_id = h.id and ${where})
      union all
      (select r.type from relations r where r.to_subject_id = h.id and ${where})
      limit ${cap + 1}
    ) e
    group by h.id, e.type`);
  for (const row of rows) {
    const summary = summaries.get(Number(row.id)) ?? { degree: 0, capped: false, byType: {} };
    summary.byType[row.type] = Number(row.n);
    summary.degree += Number(row.n);
    summaries.set(Number(row.id), summary);
  }
  for (const summary of summaries.values()) {
    if (summary.degree > cap) [summary.degree, summary.capped] = [cap, true];
  }
  return summaries;
}
