// A subject is created together with its identity row in `subject_keys` (one subject per
// type and key, docs/SCALING.md). The stage's resolver does both per chunk, set-based
// (libs/ingest subject-resolver.ts); everything else that creates subjects (seeds, tests,
// benchmarks) goes through here, so no subject ever exists without its key.
import type { QueryResult, QueryResultRow } from 'pg';
import type { SubjectType } from './schema';

export type SubjectColumn = 'id' | 'type' | 'key' | 'name';

/**
 * One statement inserting the subjects `select` yields (its columns, in order, named by
 * `columns`) with their `subject_keys` rows. It returns each new subject's `id`, `type` and
 * `key` when asked to, else only how many there were (a seed of a million subjects need not
 * send them back). A key that exists already fails the whole statement, as a unique index would.
 */
export function insertSubjectsSql(select: string, options: { columns?: readonly SubjectColumn[]; returnIds?: boolean } = {}): string {
  const columns = options.columns ?? ['type', 'key', 'name'];
  return `with added as (insert into subjects (${columns.join(', ')}) ${select} returning id, type, key),
  keyed as (insert into subject_keys (type, key, subject_id) select type, key, id from added)
  ${options.returnIds ? 'select id, type::text as type, key from added' : 'select count(*)::int as inserted from added'}`;
}

export interface NewSubject {
  type: SubjectType;
  key: string;
  name?: string | null;
}

interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** Creates a few subjects (with their keys); returns their ids, in the order given. */
export async function insertSubjects(db: Queryable, subjects: readonly NewSubject[]): Promise<number[]> {
  const { rows } = await db.query<{ id: string; type: string; key: string }>(
    insertSubjectsSql('select type::subject_type, key, name from unnest($1::text[], $2::text[], $3::text[]) as u(type, key, name)', { returnIds: true }),
    [subjects.map((s) => s.type), subjects.map((s) => s.key), subjects.map((s) => s.name ?? null)],
  );
  const ids = new Map(rows.map((row) => [`${row.type}\u0000${row.key}`, Number(row.id)]));
  return subjects.map((s) => ids.get(`${s.type}\u0000${s.key}`) as number);
}
