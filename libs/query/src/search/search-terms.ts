// Keeps `subject_search_terms` in step with the library. `refreshSearchTerms` runs after a
// batch is published (the publish job calls it), `removeBatchSearchTerms` after a rollback,
// `backfillSearchTerms` once over a library loaded before search existed. Name keys need
// pinyin, which only JavaScript computes, so the subjects lacking them are selected in one
// query and their keys COPYed back; phones and addresses are plain set-based SQL.
import { copyRows, type DbHandle, hasMainSubjectSql, mainSubjectIdSql } from '@zhijian/db';
import type { PoolClient } from 'pg';
import { datasetInfos } from '../dataset-info';
import { nameTerms } from './name-terms';

const CHUNK = 20_000;

/** Search keys for the subjects and records a published batch brought in. */
export async function refreshSearchTerms(handle: DbHandle, batchId: string): Promise<{ nameTerms: number; recordTerms: number }> {
  const client = await handle.pool.connect();
  try {
    const subjectsOfBatch = `select r.subject_id from records r where r.batch_id = $1 and ${hasMainSubjectSql('r')}
       union select rs.subject_id from record_subjects rs join records r on r.id = rs.record_id where r.batch_id = $1`;
    const names = await indexNames(client, `s.id in (${subjectsOfBatch})`, [batchId]);
    const recordTerms = await indexRecordTerms(handle, client, batchId);
    return { nameTerms: names, recordTerms };
  } finally {
    client.release();
  }
}

/** A rolled-back batch's phones and addresses stop finding anyone. */
export async function removeBatchSearchTerms(handle: DbHandle, batchId: string): Promise<void> {
  await handle.pool.query('delete from subject_search_terms where batch_id = $1', [batchId]);
}

/** Indexes every subject and published batch not indexed yet; safe to run again. */
export async function backfillSearchTerms(handle: DbHandle): Promise<{ nameTerms: number; recordTerms: number }> {
  const client = await handle.pool.connect();
  let names = 0;
  let recordTerms = 0;
  try {
    await client.query('delete from subject_search_terms t where not exists (select 1 from subjects s where s.id = t.subject_id)');
    for (let afterId = 0; ; ) {
      const { rows } = await client.query<{ max: string | null }>(
        'select max(id) from (select id from subjects where id > $1 order by id limit $2) chunk',
        [afterId, CHUNK],
      );
      if (rows[0]?.max == null) break;
      const upTo = Number(rows[0].max);
      names += await indexNames(client, 's.id > $1 and s.id <= $2', [afterId, upTo]);
      afterId = upTo;
    }
    const batches = await client.query<{ id: string }>(
      `select b.id from batches b where b.status = 'published'
       and not exists (select 1 from subject_search_terms t where t.batch_id = b.id)`,
    );
    for (const batch of batches.rows) recordTerms += await indexRecordTerms(handle, client, batch.id);
    return { nameTerms: names, recordTerms };
  } finally {
    client.release();
  }
}

/** Name keys for the named subjects matching `where` whose current name has none yet. */
async function indexNames(client: PoolClient, where: string, params: unknown[]): Promise<number> {
  const { rows } = await client.query<{ id: string; name: string }>(
    `select s.id, s.name from subjects s
     where ${where} and s.name is not null
       and not exists (select 1 from subject_search_terms t
                       where t.subject_id = s.id and t.kind = 'name' and t.batch_id is null and t.term = lower(s.name))`,
    params,
  );
  if (rows.length === 0) return 0;
  const ids = rows.map((row) => row.id);
  const terms = rows.flatMap((row) => nameTerms(row.name).map((t) => [row.id, t.kind, t.term, null]));
  await client.query('begin');
  try {
    // A subject that gained or changed its name loses its old name keys.
    await client.query(
      `delete from subject_search_terms where subject_id = any($1::bigint[]) and batch_id is null and kind in ('name', 'simplified', 'initials')`,
      [ids],
    );
    await copyRows(client, 'subject_search_terms', ['subject_id', 'kind', 'term', 'batch_id'], terms);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  return terms.length;
}

/** Phones and addresses of a batch's records, keyed to each record's main subject (or its linked persons). */
async function indexRecordTerms(handle: DbHandle, client: PoolClient, batchId: string): Promise<number> {
  const { rows } = await client.query<{ dataset_code: string }>('select dataset_code from batches where id = $1', [batchId]);
  const info = rows[0] && (await datasetInfos(handle.db)).get(rows[0].dataset_code);
  if (!info) return 0;
  const fields = [...info.phoneFields.map((f) => [f, 'phone']), ...info.addressFields.map((f) => [f, 'address'])];
  if (fields.length === 0) return 0;
  const result = await client.query(
    `insert into subject_search_terms (subject_id, kind, term, batch_id)
     select distinct coalesce(${mainSubjectIdSql('r')}, rs.subject_id), f.kind, lower(r.attrs ->> f.field), r.batch_id
     from records r
     -- A record without a main subject (a 12345 caller known by name) counts for the persons linked to it.
     left join record_subjects rs on not ${hasMainSubjectSql('r')} and rs.record_id = r.id
     cross join unnest($2::text[], $3::text[]) as f(field, kind)
     where r.batch_id = $1 and coalesce(${mainSubjectIdSql('r')}, rs.subject_id) is not null and coalesce(r.attrs ->> f.field, '') <> ''
     on conflict do nothing`,
    [batchId, fields.map((f) => f[0]), fields.map((f) => f[1])],
  );
  return result.rowCount ?? 0;
}
