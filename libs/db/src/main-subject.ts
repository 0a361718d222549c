// How a record says it names no main subject. On Citus a record lives on the shard of its
// main subject, and a distribution column may never be NULL; so a row that names no subject
// by key (a 12345 ticket whose caller is matched later by name, into record_subjects) carries
// the negative of its own id as `records.subject_id`: unique per row, spread evenly over the
// shards, never a real subject (subject ids are positive), and its shard still follows from
// the record id alone. A CHECK on records (`records_main_subject_or_own_id`) holds every
// writer to it. Read it only through these helpers, never as `subject_id is null`.

/** `records.subject_id` of a record that names no main subject. */
export function noMainSubjectId(recordId: number): number {
  return -recordId;
}

/** SQL condition: the record aliased `alias` names a main subject. */
export function hasMainSubjectSql(alias: string): string {
  return `(${alias}.subject_id > 0)`;
}

/** SQL expression: the main subject id of the record aliased `alias`, or NULL when it names none. */
export function mainSubjectIdSql(alias: string): string {
  return `(case when ${alias}.subject_id > 0 then ${alias}.subject_id end)`;
}

/**
 * SQL inserting records that name no main subject, from a SELECT of `columns` (seeds, tests
 * and benchmarks; the stage COPYs them): each takes its id from the records' sequence and that
 * id, negated, as subject id. Append `returning id` for the new ids.
 */
export function insertRecordsWithoutSubjectSql(select: string, columns: readonly string[]): string {
  const list = columns.join(', ');
  return `insert into records (id, subject_id, ${list})
  select id, -id, ${list} from (select nextval('records_id_seq') as id, s.* from (${select}) as s(${list})) as numbered`;
}
