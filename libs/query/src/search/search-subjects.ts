// Search: every probe the query allows runs in one statement, each branch capped, and a
// subject keeps its best match; then the departments holding data on each result.
import type { Db } from '@zhijian/db';
import { sql } from 'drizzle-orm';
import { type Masking, maskPhone } from '../masking';
import { type SubjectRef, type SubjectRow, toSubjectRef } from '../subject-ref';
import { detectQuery, type QueryKind } from './detect-query';

export interface SearchHit {
  subject: SubjectRef;
  matchedBy: QueryKind;
  /** The key or term that matched, masked like the subject's key when it is a phone. */
  matched: string;
  score: number;
  departments: Array<{ code: string; name: string }>;
  datasets: string[];
}

const PER_PROBE = 50;

export async function searchSubjects(db: Db, text: string, masking: Masking, options: { limit?: number } = {}): Promise<SearchHit[]> {
  const limit = Math.min(options.limit ?? 20, 100);
  const q = detectQuery(text);
  const probes = [];
  for (const k of q.keys) {
    probes.push(sql`(select id as subject_id, ${k.kind}::text as kind, key as matched, 100 as score from subjects where type = ${k.type}::subject_type and key = ${k.key})`);
  }
  if (q.phone) probes.push(termProbe('phone', sql`kind = 'phone' and term = ${q.phone}`, 90));
  if (q.names.length > 0) {
    probes.push(termProbe('name', sql`kind in ('name', 'simplified') and term = any(${sql.param(q.names)}::text[])`, 80));
    const prefix = `${escapeLike(q.names.at(-1) ?? '')}%`;
    probes.push(termProbe('name', sql`kind in ('name', 'simplified') and term like ${prefix}`, 50));
  }
  if (q.initials) {
    probes.push(termProbe('initials', sql`kind = 'initials' and term = ${q.initials}`, 60));
    probes.push(termProbe('initials', sql`kind = 'initials' and term like ${`${escapeLike(q.initials)}%`}`, 40));
  }
  if (q.address) probes.push(termProbe('address', sql`kind = 'address' and term like ${`%${escapeLike(q.address)}%`}`, 30));
  if (probes.length === 0) return [];

  const { rows } = await db.execute<SubjectRow & { kind: QueryKind; matched: string; score: number }>(sql`
    with hits as (${sql.join(probes, sql` union all `)}),
    best as (
      select distinct on (subject_id) subject_id, kind, matched, score from hits
      order by subject_id, score desc
    )
    select s.id, s.type, s.key, s.name, b.kind, b.matched, b.score
    from best b join subjects s on s.id = b.subject_id
    order by b.score desc, s.name nulls last, s.id
    limit ${limit}`);
  const holders = await departmentsHolding(db, rows.map((r) => Number(r.id)));
  return rows.map((row) => ({
    subject: toSubjectRef(row, masking),
    matchedBy: row.kind,
    matched: row.kind === 'phone' && !masking.reveal ? maskPhone(row.matched) : row.kind === 'resident_id' ? toSubjectRef(row, masking).key : row.matched,
    score: Number(row.score),
    departments: holders.get(Number(row.id))?.departments ?? [],
    datasets: holders.get(Number(row.id))?.datasets ?? [],
  }));
}

function termProbe(kind: QueryKind, where: ReturnType<typeof sql>, score: number) {
  return sql`(select subject_id, ${kind}::text as kind, term as matched, ${score} as score from subject_search_terms where ${where} limit ${PER_PROBE})`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** For each subject, the departments and datasets whose records name it. */
export async function departmentsHolding(db: Db, subjectIds: number[]) {
  const result = new Map<number, { departments: Array<{ code: string; name: string }>; datasets: string[] }>();
  if (subjectIds.length === 0) return result;
  const { rows } = await db.execute<{ subject_id: string; departments: Array<{ code: string; name: string }>; datasets: string[] }>(sql`
    with facts as (
      select r.subject_id, r.batch_id, r.dataset_code from records r where r.subject_id = any(${sql.param(subjectIds)}::bigint[])
      union
      select rs.subject_id, r.batch_id, r.dataset_code from record_subjects rs join records r on r.id = rs.record_id
      where rs.subject_id = any(${sql.param(subjectIds)}::bigint[])
    )
    select f.subject_id,
      jsonb_agg(distinct jsonb_build_object('code', d.code, 'name', d.name)) as departments,
      array_agg(distinct f.dataset_code) as datasets
    from facts f join batches b on b.id = f.batch_id and b.status = 'published' join departments d on d.id = b.department_id
    group by f.subject_id`);
  for (const row of rows) result.set(Number(row.subject_id), { departments: row.departments, datasets: row.datasets });
  return result;
}
