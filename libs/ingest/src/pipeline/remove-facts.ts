import type { PoolClient } from 'pg';

/**
 * Takes a batch's facts out of the library: its relations, records (and their subject
 * links), and subjects that no other fact names any more.
 */
export async function removeBatchFacts(client: PoolClient, batchId: string): Promise<number> {
  await client.query('create temp table if not exists removed_subjects (id bigint primary key) on commit drop');
  await client.query('truncate removed_subjects');
  await client.query(
    `insert into removed_subjects
     select rec.subject_id from records rec where rec.batch_id = $1 and rec.subject_id is not null
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
  await client.query(
    `delete from subjects s using removed_subjects gone
     where s.id = gone.id
       and not exists (select 1 from record_subjects rs where rs.subject_id = s.id)
       and not exists (select 1 from records r where r.subject_id = s.id)
       and not exists (select 1 from relations rel where rel.from_subject_id = s.id or rel.to_subject_id = s.id)`,
  );
  return removed.rowCount ?? 0;
}
