// Relation-graph patterns, set-based over published relations: bidders that keep bidding
// together (围标 rings), persons representing several enterprises, and officials whose
// family members represent or own enterprises.
import type { DbHandle } from '@zhijian/db';

// Visibility as a filter on an array computed once (an InitPlan), not as a join: right after
// a bulk load the statistics on `batches` are stale, and a join the planner believes one row
// long repeats the whole plan once per batch. Where the relation type comes from one built-in
// dataset, only that dataset's batches are read (by the batch_id index).
export const PUBLISHED = `array(select id from batches where status = 'published')`;
export const publishedOf = (dataset: string) => `array(select id from batches where status = 'published' and dataset_code = '${dataset}')`;

export interface SubjectRefRow {
  id: number;
  type: string;
  key: string;
  name: string | null;
}

export interface CoBidPair {
  a: SubjectRefRow;
  b: SubjectRefRow;
  /** Projects both bid on. */
  shared: number;
  /** shared ÷ the projects of the one who bid less: 1 = never bid without the other. */
  together: number;
}

/**
 * Bidder pairs appearing together in at least `minShared` projects, the most shared first.
 * The bids go into an analysed temporary table first: right after a bulk load the planner's
 * statistics on `relations` are stale, and a self-join it believes to be one row long becomes
 * a nested loop over tens of thousands of bids.
 */
export async function coBiddingPairs(handle: DbHandle, options: { minShared?: number; limit?: number } = {}): Promise<CoBidPair[]> {
  const client = await handle.pool.connect();
  let rows: Array<{ a: string; b: string; shared: number; together: number }>;
  try {
    await client.query('begin');
    await client.query(
      `create temp table co_bids on commit drop as
       select distinct rel.from_subject_id as bidder, rel.attributes->>'project_code' as project
       from relations rel where rel.batch_id = any(${publishedOf('procurement.bid')}) and rel.type = 'bidder' and rel.attributes ? 'project_code'`,
    );
    await client.query('analyze co_bids');
    ({ rows } = await client.query(
      `with projects as (select bidder, count(*) as n from co_bids group by 1),
       pairs as (
         select x.bidder as a, y.bidder as b, count(*) as shared
         from co_bids x join co_bids y on x.project = y.project and x.bidder < y.bidder
         group by 1, 2 having count(*) >= $1
       )
       select p.a, p.b, p.shared::int as shared, round(p.shared::numeric / least(pa.n, pb.n), 4)::float8 as together
       from pairs p join projects pa on pa.bidder = p.a join projects pb on pb.bidder = p.b
       order by p.shared desc, 4 desc, 1, 2 limit $2`,
      [options.minShared ?? 3, options.limit ?? 100],
    ));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  const subjects = await subjectsById(handle, rows.flatMap((r) => [Number(r.a), Number(r.b)]));
  return rows.map((r) => ({ a: subjectOf(subjects, r.a), b: subjectOf(subjects, r.b), shared: r.shared, together: r.together }));
}

export interface SharedRepresentative {
  person: SubjectRefRow;
  enterprises: SubjectRefRow[];
}

/** Persons who are the legal representative of two or more enterprises (market.enterprise). */
export async function sharedLegalRepresentatives(handle: DbHandle, options: { limit?: number } = {}): Promise<SharedRepresentative[]> {
  const { rows } = await handle.pool.query<{ person: string; enterprises: string[] }>(
    `select rel.from_subject_id as person, array_agg(distinct rel.to_subject_id) as enterprises
     from relations rel where rel.batch_id = any(${publishedOf('market.enterprise')}) and rel.type = 'legal_representative'
     group by 1 having count(distinct rel.to_subject_id) >= 2
     order by count(distinct rel.to_subject_id) desc, 1 limit $1`,
    [options.limit ?? 100],
  );
  const subjects = await subjectsById(handle, rows.flatMap((r) => [Number(r.person), ...r.enterprises.map(Number)]));
  return rows.map((r) => ({ person: subjectOf(subjects, r.person), enterprises: r.enterprises.map((id) => subjectOf(subjects, id)) }));
}

export interface OfficialFamilyLink {
  official: SubjectRefRow;
  relative: SubjectRefRow;
  relation: string | null;
  enterprise: SubjectRefRow;
  /** legal_representative or shareholder. */
  role: string;
}

/** Officials (employment in hr.public_official) whose family member represents or holds shares in an enterprise. */
export async function officialFamilyEnterprises(handle: DbHandle, options: { limit?: number } = {}): Promise<OfficialFamilyLink[]> {
  const { rows } = await handle.pool.query<{ official: string; relative: string; relation: string | null; enterprise: string; role: string }>(
    // Each step follows the relations' (subject, type) indexes, so the plan stays a chain of
    // index lookups whatever the statistics say.
    `with officials as (
       select distinct rel.from_subject_id as id from relations rel where rel.batch_id = any(${publishedOf('hr.public_official')}) and rel.type = 'employment'
     ), kin as (
       select o.id as official, f.to_subject_id as relative, f.attributes->>'relation' as relation
       from officials o join relations f on f.from_subject_id = o.id and f.type = 'family' and f.batch_id = any(${PUBLISHED})
       union
       select o.id, f.from_subject_id, f.attributes->>'relation'
       from officials o join relations f on f.to_subject_id = o.id and f.type = 'family' and f.batch_id = any(${PUBLISHED})
     )
     select distinct k.official, k.relative, k.relation, rel.to_subject_id as enterprise, rel.type as role
     from kin k join relations rel on rel.from_subject_id = k.relative and rel.type in ('legal_representative', 'shareholder')
       and rel.batch_id = any(${PUBLISHED})
     where k.relative <> k.official
     order by 1, 2, 4 limit $1`,
    [options.limit ?? 100],
  );
  const subjects = await subjectsById(handle, rows.flatMap((r) => [Number(r.official), Number(r.relative), Number(r.enterprise)]));
  return rows.map((r) => ({
    official: subjectOf(subjects, r.official),
    relative: subjectOf(subjects, r.relative),
    relation: r.relation,
    enterprise: subjectOf(subjects, r.enterprise),
    role: r.role,
  }));
}

/** A relation's end is always a subject (staging creates it first); a gap would be a broken library. */
function subjectOf(subjects: Map<number, SubjectRefRow>, id: string | number): SubjectRefRow {
  const subject = subjects.get(Number(id));
  if (!subject) throw new Error(`subject ${id} named by a relation does not exist`);
  return subject;
}

export async function subjectsById(handle: DbHandle, ids: number[]): Promise<Map<number, SubjectRefRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await handle.pool.query<{ id: string; type: string; key: string; name: string | null }>(
    'select id, type, key, name from subjects where id = any($1::bigint[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), type: r.type, key: r.key, name: r.name }]));
}
