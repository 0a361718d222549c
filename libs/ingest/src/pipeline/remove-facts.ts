import { hasMainSubjectSql } from '@zhijian/db';
import type { PoolClient } from 'pg';

/**
 * Takes a batch's facts out of the library: its relations, records (and their subject
 * links), and subjects (with their keys) that no other fact names any more.
 */
export async function removeBatchFacts(client: PoolClient, batchId: string): Promise<number> {
  await client.query('create temp table if not exists removed_subjects (id bigint primary key) on commit drop');
  await client.query('truncate removed_subjects');
  await client.query(
    `insert into removed_subjects
     select rec.subject_id from records rec where rec.batch_id = $1 and ${hasMainSubjectSql('rec')}
     union
     select rs.subject_id from record_subjects rs join records rec on rec.id = rs.record_id where rec.batch_id = $1
     on conflict do nothing`,
    [batchId],
  );
  await client.query('delete from relations where batch_id = $1', [batchId]);
  // Review candidates for the batch's records go with them (decisions stay in the audit log).
  await client.query('delete from match_reviews where batch_id = $1', [batchId]);
  await client.query('delete from record_subjects rs using records rec where rec.id = rs.record_id and rec.batch_id = $1', [batchId]);
  const removed = await client.query('delete from records where batch_id = $1', [batchId]);
  // A subject goes with its key, so the key can name a new subject later.
  await client.query(
    `with gone as (
       delete from subjects s using removed_subjects gone
       where s.id = gone.id
         and not exists (select 1 from record_subjects rs where rs.subject_id = s.id)
         and not exists (select 1 from records r where r.subject_id = s.id)
         and not exists (select 1 from relations rel where rel.from_subject_id = s.id or rel.to_subject_id = s.id)
       returning s.id, s.type, s.key)
     delete from subject_keys k using gone where k.type = gone.type and k.key = gone.key and k.subject_id = gone.id`,
  );
  return removed.rowCount ?? 0;
}
