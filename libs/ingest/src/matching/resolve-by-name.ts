// Persons named without an ID: after publish, set-based SQL scores every such record of
// the batch against the persons of the population register, links a sure and unique
// match (record_subjects with its score) and queues the rest for review — one statement
// per matched role, never one query per row.
import { builtInDataset, datasetSpecSchema, type DatasetSpec, type PersonMatchSpec } from '@zhijian/catalog';
import type { PoolClient } from 'pg';
import { KNOWN_PERSONS_DATASET, LINK_THRESHOLD, MATCH_POINTS, REVIEW_FLOOR } from './match-scores';

export interface NameMatchOutcome {
  /** Records linked to a person without review. */
  linked: number;
  /** Candidates queued in `match_reviews`. */
  queued: number;
}

/** A role to match: a named person (no key), or a keyed person subject whose key may be empty. */
interface MatchedRole {
  role: string;
  keyField: string | null;
  matchBy: PersonMatchSpec;
}

function matchedRoles(spec: DatasetSpec): MatchedRole[] {
  const keyed = spec.subjects.flatMap((s) => (s.subjectType === 'person' && s.matchBy ? [{ role: s.role, keyField: s.keyField, matchBy: s.matchBy }] : []));
  const named = (spec.namedPersons ?? []).map((p) => ({ role: p.role, keyField: null, matchBy: p.matchBy }));
  return [...keyed, ...named];
}

/** Runs inside the publish transaction (or any other), after the batch's records exist. */
export async function resolveByNameAndBirth(client: PoolClient, batchId: string): Promise<NameMatchOutcome> {
  const batch = await batchSpec(client, batchId);
  const outcome: NameMatchOutcome = { linked: 0, queued: 0 };
  if (!batch) return outcome;
  for (const subject of matchedRoles(batch.spec)) {
    const { rows } = await client.query<{ linked: number; queued: number }>(MATCH_SQL, [
      batchId,
      subject.role,
      subject.matchBy.name,
      subject.matchBy.birthDate ?? null,
      subject.matchBy.regionCode ?? null,
      subject.keyField,
      batch.departmentId,
      batch.spec.code,
      KNOWN_PERSONS_DATASET,
    ]);
    outcome.linked += rows[0]?.linked ?? 0;
    outcome.queued += rows[0]?.queued ?? 0;
  }
  return outcome;
}

async function batchSpec(client: PoolClient, batchId: string): Promise<{ spec: DatasetSpec; departmentId: string } | null> {
  const { rows } = await client.query<{ spec: unknown; dataset_code: string; dataset_version: number; department_id: string }>(
    `select d.spec, b.dataset_code, b.dataset_version, b.department_id
     from batches b left join datasets d on d.code = b.dataset_code and d.version = b.dataset_version
     where b.id = $1`,
    [batchId],
  );
  const row = rows[0];
  if (!row) return null;
  const spec = row.spec ? (datasetSpecSchema.parse(row.spec) as DatasetSpec) : builtInDataset(row.dataset_code);
  return spec && spec.version === row.dataset_version ? { spec, departmentId: row.department_id } : null;
}

// $1 batch, $2 role, $3 name field, $4 birth-date field, $5 region field, $6 key field
// (the ID that, when present, made matching unnecessary), $7 department, $8 dataset, $9 register.
const MATCH_SQL = `
with wanted as (
  select rec.id as record_id, rec.attrs ->> $3::text as name, rec.attrs ->> $4::text as birth_date, rec.attrs ->> $5::text as region_code
  from records rec
  where rec.batch_id = $1 and rec.attrs ->> $3::text is not null and ($6::text is null or rec.attrs ->> $6::text is null)
),
-- The register's persons of those names, from published batches only (facts of a batch still
-- staging or failed are not the library's); the ID itself tells the birth date and birth region
-- when the register row leaves them out.
known as (
  select distinct p.subject_id,
    p.attrs ->> 'name' as name,
    coalesce(p.attrs ->> 'birth_date', substr(s.key, 7, 4) || '-' || substr(s.key, 11, 2) || '-' || substr(s.key, 13, 2)) as birth_date,
    coalesce(p.attrs ->> 'region_code', substr(s.key, 1, 6)) as region_code
  from records p
  join batches pb on pb.id = p.batch_id and pb.status = 'published'
  join subjects s on s.id = p.subject_id
  where p.dataset_code = $9 and p.attrs ->> 'name' in (select name from wanted)
),
scored as (
  select w.record_id, k.subject_id,
    ${MATCH_POINTS.name}
      + case when w.birth_date = k.birth_date then ${MATCH_POINTS.birthDate} else 0 end
      + case when w.region_code = k.region_code then ${MATCH_POINTS.region} else 0 end as score,
    array_remove(array['name',
      case when w.birth_date = k.birth_date then 'birth_date' end,
      case when w.region_code = k.region_code then 'region' end], null) as reasons
  from wanted w join known k on k.name = w.name
  -- A different birth date is a different person, whatever else agrees.
  where w.birth_date is null or k.birth_date is null or w.birth_date = k.birth_date
),
best as (
  select distinct on (record_id, subject_id) * from scored order by record_id, subject_id, score desc
),
ranked as (
  select *, count(*) filter (where score >= ${LINK_THRESHOLD}) over (partition by record_id) as sure
  from best where score >= ${REVIEW_FLOOR}
),
linked as (
  insert into record_subjects (record_id, role, subject_id, match_score)
  select record_id, $2, subject_id, score from ranked where sure = 1 and score >= ${LINK_THRESHOLD}
  on conflict do nothing
  returning 1
),
queued as (
  insert into match_reviews (record_id, batch_id, department_id, dataset_code, role, candidate_subject_id, score, reasons)
  select record_id, $1, $7, $8, $2, subject_id, score, reasons from ranked where sure <> 1
  on conflict do nothing
  returning 1
)
select (select count(*) from linked)::int as linked, (select count(*) from queued)::int as queued`;
