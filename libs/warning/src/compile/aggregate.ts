// An aggregate model → one SELECT of hits, one per group that passes the `having`
// conditions: counts per group, optionally within a sliding window of days (repeat
// complaints) or as a share of a coarser group (one bidder's share of a buyer's awards).
import type { AggregateGrouping, AggregateModelSpec } from '../spec/types';
import { addRecordAtom, type QueryParts } from './atoms';
import { exprSql } from './expressions';
import { subjectColumns } from './hit-columns';
import { type CompileInput, Scope } from './scope';
import { ModelSpecError, type SqlBuilder } from './sql-builder';

export function compileAggregate(spec: AggregateModelSpec, input: CompileInput, sql: SqlBuilder): string {
  if (spec.groupings.length === 0) throw new ModelSpecError('an aggregate model needs at least one grouping');
  if (spec.window && spec.having.some((h) => h.measure !== 'count')) throw new ModelSpecError('a windowed model can only test `count`');
  return spec.groupings.map((grouping) => `(${compileGrouping(spec, grouping, input, sql)})`).join('\nunion all\n');
}

function compileGrouping(spec: AggregateModelSpec, grouping: AggregateGrouping, input: CompileInput, sql: SqlBuilder): string {
  const scope = new Scope(sql, input);
  const parts: QueryParts = { from: [], where: [] };
  addRecordAtom(scope, parts, spec.base, true);
  const subject = subjectColumns(scope, grouping.subject);
  for (const key of subject.keyParts ?? []) parts.where.push(`${key} is not null`);
  const by = (grouping.by ?? []).map((expr) => `(${exprSql(scope, expr, 'text')})::text`);
  for (const part of by) parts.where.push(`${part} is not null`);
  const base = scope.atom(spec.base.as).alias;
  const counted = spec.countDistinct ? `(${exprSql(scope, spec.countDistinct, 'text')})::text` : `${base}.id::text`;
  const byColumns = by.map((_, i) => `by${i}`);
  // A node subject has only its id here (st and sk are null): it must be part of the key.
  const groupKey = ['st', 'sk', 'sid', ...byColumns].join(', ');
  const fingerprint = byColumns.length ? `concat_ws('|', ${byColumns.join(', ')})` : `''`;

  const rows = `select ${subject.type} as st, ${subject.key} as sk, coalesce(${subject.id}, 0) as sid, ${subject.name} as sn,
    ${by.map((part, i) => `${part} as by${i}, `).join('')}${base}.id as rid, ${base}.valid_from as d, ${counted} as cv
  from ${parts.from.join('\n  ')}
  where ${parts.where.join('\n  and ')}`;

  const having = (measure: string) =>
    spec.having.map((h) => `${measureSql(h.measure, measure)} ${h.op} ${exprSql(scope, h.right)}`).join(' and ') || 'true';

  if (spec.window) {
    // Each row opens a window of `days`; rows inside any window that reaches the count are the evidence.
    const days = exprSql(scope, spec.window.days);
    return `with rows as (${rows}),
  windowed as (select rows.*, count(*) over (partition by ${groupKey} order by d range between current row and (${days} * interval '1 day') following) as wc from rows),
  starts as (select distinct ${groupKey}, d from windowed where ${having('wc')}),
  inside as (select distinct w.* from windowed w join starts s using (${groupKey}) where w.d between s.d and s.d + (${days})::int)
  select st as subject_type, sk as subject_key, nullif(sid, 0) as subject_id, max(sn) as subject_name, ${fingerprint} as fingerprint,
    null::bigint as base_id, null::bigint as amount, array_agg(rid order by rid) as evidence, null::bigint as route_subject_id,
    min(d) as period_from, max(d) as period_to, jsonb_build_object('count', count(*)) as measure
  from inside group by ${groupKey}`;
  }

  const shareOf = (spec.shareOf ?? []).map((expr) => {
    const index = (grouping.by ?? []).findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(expr));
    if (index < 0) throw new ModelSpecError('every `shareOf` expression must also be a `by` expression of each grouping');
    return `by${index}`;
  });
  const total = shareOf.length ? `sum(cnt) over (partition by ${shareOf.join(', ')})` : 'sum(cnt) over ()';
  return `with rows as (${rows}),
  grouped as (select ${groupKey}, max(sn) as sn, count(distinct cv) as cnt, array_agg(rid order by rid) as ev, min(d) as d0, max(d) as d1
              from rows group by ${groupKey}),
  measured as (select grouped.*, ${total} as total from grouped)
  select st as subject_type, sk as subject_key, nullif(sid, 0) as subject_id, sn as subject_name, ${fingerprint} as fingerprint,
    null::bigint as base_id, null::bigint as amount, ev as evidence, null::bigint as route_subject_id, d0 as period_from, d1 as period_to,
    jsonb_build_object('count', cnt, 'total', total, 'share', round(cnt::numeric / nullif(total, 0), 4)) as measure
  from measured where ${having('cnt')}`;
}

function measureSql(measure: 'count' | 'total' | 'share', countColumn: string): string {
  if (measure === 'count') return countColumn;
  if (measure === 'total') return 'total';
  return `(cnt::numeric / nullif(total, 0))`;
}
