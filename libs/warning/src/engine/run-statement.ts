// The statement a live run executes: the model's hits grouped into one warning per
// subject + fingerprint, upserted against the open warnings (a later run updates, never
// duplicates), with a snapshot of every evidence record. One statement, set-based.
import type { RouteSpec } from '../spec/types';
import type { SqlBuilder } from '../compile';

export interface RunStatementInput {
  hitsSql: string;
  sql: SqlBuilder;
  modelCode: string;
  modelVersion: number;
  severity: string;
  baseDataset: string;
  route: RouteSpec;
  runId: string;
  params: Record<string, number>;
}

/**
 * Hits grouped into candidate warnings. Two hash-friendly aggregations and no join on the
 * hits (the planner cannot know how many hits a model yields, and a misjudged join on them
 * is a nested loop): first one row per base record, so its amount counts once; then one
 * row per warning with the sorted union of the evidence. Subjects are looked up last, once
 * per warning rather than once per hit.
 */
export function candidatesSql(hitsSql: string): string {
  return `hits as (${hitsSql}),
per_base as (
  select subject_type, subject_key, subject_id, fingerprint, base_id, max(subject_name) as subject_name,
    max(route_subject_id) as route_subject_id, min(period_from) as period_from, max(period_to) as period_to,
    (array_agg(measure) filter (where measure is not null))[1] as measure, max(amount) as amount, array_cat_agg(evidence) as evidence
  from hits group by subject_type, subject_key, subject_id, fingerprint, base_id),
grouped as (
  select subject_type, subject_key, subject_id, fingerprint, max(subject_name) as subject_name,
    max(route_subject_id) as route_subject_id, min(period_from) as period_from, max(period_to) as period_to,
    (array_agg(measure) filter (where measure is not null))[1] as measure,
    sum(amount)::bigint as amount, count(base_id) as base_count,
    (select array_agg(distinct id order by id) from unnest(array_cat_agg(evidence)) as id) as evidence_ids
  from per_base group by subject_type, subject_key, subject_id, fingerprint),
candidates as (
  select coalesce(g.subject_type, s.type::text) as subject_type, coalesce(g.subject_key, s.key) as subject_key, g.subject_id,
    coalesce(g.subject_name, s.name) as subject_name, g.fingerprint, g.route_subject_id, g.period_from, g.period_to, g.measure,
    g.amount, g.base_count, g.evidence_ids
  from grouped g left join subjects s on s.id = g.subject_id)`;
}

function departmentSql(input: RunStatementInput): string {
  const { route, sql } = input;
  if (route.to === 'provider') {
    return `(select r.department_id from responsibilities r where r.dataset_code = ${sql.bind(input.baseDataset, 'text')} order by r.created_at limit 1)`;
  }
  const code = route.to === 'department' ? route.code : route.fallbackDepartment;
  return `(select d.id from departments d where d.code = ${sql.bind(code, 'text')})`;
}

export function runStatement(input: RunStatementInput): string {
  const { sql } = input;
  const model = sql.bind(input.modelCode, 'text');
  const run = sql.bind(input.runId, 'uuid');
  return `with ${candidatesSql(input.hitsSql)},
fresh as (
  -- A dismissed or closed warning is not raised again on the same evidence; new evidence raises a new one.
  select c.* from candidates c
  where not exists (
    select 1 from warnings w
    where w.model_code = ${model} and w.subject_type = c.subject_type and w.subject_key = c.subject_key
      and w.fingerprint = c.fingerprint and w.status in ('dismissed', 'closed') and c.evidence_ids <@ w.evidence_record_ids)),
upserted as (
  insert into warnings (model_code, model_version, severity, subject_type, subject_key, subject_id, subject_name, fingerprint,
                        amount, details, evidence_record_ids, department_id, routed_org_subject_id, first_run_id, last_run_id)
  select ${model}, ${sql.bind(input.modelVersion, 'int')}, ${sql.bind(input.severity, 'text')}, f.subject_type, f.subject_key, f.subject_id,
    f.subject_name, f.fingerprint, f.amount,
    jsonb_build_object('baseRecords', f.base_count, 'evidenceRecords', cardinality(f.evidence_ids), 'periodFrom', f.period_from,
                       'periodTo', f.period_to, 'measure', f.measure, 'params', ${sql.bind(JSON.stringify(input.params), 'jsonb')}),
    f.evidence_ids, ${departmentSql(input)}, f.route_subject_id, ${run}, ${run}
  from fresh f
  on conflict (model_code, subject_type, subject_key, fingerprint) where status not in ('dismissed', 'closed')
  do update set model_version = excluded.model_version, amount = excluded.amount, details = excluded.details,
    evidence_record_ids = (select array_agg(distinct x order by x) from unnest(warnings.evidence_record_ids || excluded.evidence_record_ids) as x),
    subject_name = coalesce(excluded.subject_name, warnings.subject_name),
    last_run_id = excluded.last_run_id, last_seen_at = now(), updated_at = now()
  returning id, evidence_record_ids, (xmax = 0) as inserted),
snapshot as (
  insert into warning_evidence (warning_id, record_id, dataset_code, batch_id, row_number, attrs, valid_from, valid_to, added_by_run_id)
  select u.id, r.id, r.dataset_code, r.batch_id, r.row_number, r.attrs, r.valid_from, r.valid_to, ${run}
  from upserted u
  cross join lateral unnest(u.evidence_record_ids) as e(record_id)
  join records r on r.id = e.record_id
  on conflict do nothing
  returning 1)
select (select count(*) from candidates)::int as hits,
  (count(*) filter (where inserted))::int as new_warnings,
  (count(*) filter (where not inserted))::int as updated_warnings,
  (select count(*) from snapshot)::int as evidence_rows
from upserted`;
}
