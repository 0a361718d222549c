// Publish: resolve the staged rows' subjects and move them into the library as records,
// record–subject links and relations — set-based SQL in one transaction, so a batch is
// either wholly in the library or not at all, and a retried publish changes nothing.
import type { DbHandle } from '@zhijian/db';
import type { PoolClient } from 'pg';
import { buildQualityReport } from './quality-report';
import { removeBatchFacts } from './remove-facts';

export type PublishOutcome = 'published' | 'already_done' | 'not_ready' | 'restage';

export async function publishBatch(handle: DbHandle, batchId: string): Promise<PublishOutcome> {
  const client = await handle.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ status: string; dataset_code: string; supersedes_batch_id: string | null; rows_read: number }>(
      'select status, dataset_code, supersedes_batch_id, rows_read from batches where id = $1 for update',
      [batchId],
    );
    const batch = rows[0];
    if (!batch) throw new Error(`batch ${batchId} not found`);
    if (batch.status === 'published') return await done(client, 'already_done');
    if (batch.status !== 'publishing') return await done(client, 'not_ready');

    // Staging is unlogged: after a database crash it may have lost rows its watermark
    // counts. Then the batch is staged again from its file rather than published short.
    if (!(await stagingIsComplete(client, batchId, batch.rows_read))) {
      await resetStaging(client, batchId);
      await client.query('commit');
      return 'restage';
    }
    // Fresh statistics, so the joins below hash instead of probing row by row.
    await client.query('analyze staged_rows');
    await resolveSubjects(client, batchId);
    const loaded = await insertRecords(client, batchId, batch.dataset_code);
    await linkOtherSubjects(client, batchId);
    await insertRelations(client, batchId, batch.dataset_code);
    if (batch.supersedes_batch_id) {
      // A corrected delivery replaces the old one atomically: readers never see both or neither.
      await removeBatchFacts(client, batch.supersedes_batch_id);
      await client.query("update batches set status = 'superseded', finished_at = now() where id = $1", [batch.supersedes_batch_id]);
    }
    const quality = await buildQualityReport(client, batchId, loaded);
    await client.query('delete from staged_rows where batch_id = $1', [batchId]);
    await client.query("update batches set status = 'published', rows_loaded = $2, quality = $3, finished_at = now() where id = $1", [
      batchId,
      loaded,
      JSON.stringify(quality),
    ]);
    await client.query('commit');
    return 'published';
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function done(client: PoolClient, outcome: PublishOutcome): Promise<PublishOutcome> {
  await client.query('rollback');
  return outcome;
}

async function stagingIsComplete(client: PoolClient, batchId: string, rowsRead: number): Promise<boolean> {
  const { rows } = await client.query<{ n: string }>(
    `select (select count(*) from staged_rows where batch_id = $1) + (select count(*) from rejects where batch_id = $1) as n`,
    [batchId],
  );
  return Number(rows[0]?.n) === rowsRead;
}

async function resetStaging(client: PoolClient, batchId: string) {
  await client.query('delete from staged_rows where batch_id = $1', [batchId]);
  await client.query('delete from rejects where batch_id = $1', [batchId]);
  await client.query(
    "update batches set status = 'queued', staged_through_row = 0, rows_read = 0, rows_rejected = 0, quality = null where id = $1",
    [batchId],
  );
}

/** New subjects by canonical key; an existing subject gains a name it lacked. */
async function resolveSubjects(client: PoolClient, batchId: string) {
  await client.query(
    `insert into subjects (type, key, name)
     select distinct on (type, key) type::subject_type, key, name
     from (
       select subject_type as type, subject_key as key, subject_name as name, row_number
       from staged_rows where batch_id = $1 and subject_key is not null
       union all
       select s.type, s.key, s.name, r.row_number
       from staged_rows r cross join lateral jsonb_to_recordset(r.subjects) as s(type text, key text, name text)
       where r.batch_id = $1 and jsonb_array_length(r.subjects) > 0
     ) named
     order by type, key, name is null, row_number desc
     on conflict (type, key) do update set name = excluded.name
       where subjects.name is null and excluded.name is not null`,
    [batchId],
  );
}

async function insertRecords(client: PoolClient, batchId: string, datasetCode: string): Promise<number> {
  const result = await client.query(
    `insert into records (dataset_code, batch_id, row_number, subject_id, subject_role, attrs, valid_from, valid_to)
     select $2, r.batch_id, r.row_number, sub.id, r.subject_role, r.attrs, r.valid_from, r.valid_to
     from staged_rows r
     left join subjects sub on sub.type = r.subject_type::subject_type and sub.key = r.subject_key
     where r.batch_id = $1
     on conflict (batch_id, row_number) do nothing`,
    [batchId, datasetCode],
  );
  return result.rowCount ?? 0;
}

async function linkOtherSubjects(client: PoolClient, batchId: string) {
  await client.query(
    `insert into record_subjects (record_id, role, subject_id)
     select rec.id, s.role, sub.id
     from staged_rows r
     join records rec on rec.batch_id = r.batch_id and rec.row_number = r.row_number
     cross join lateral jsonb_to_recordset(r.subjects) as s(role text, type text, key text)
     join subjects sub on sub.type = s.type::subject_type and sub.key = s.key
     where r.batch_id = $1 and jsonb_array_length(r.subjects) > 0
     on conflict do nothing`,
    [batchId],
  );
}

async function insertRelations(client: PoolClient, batchId: string, datasetCode: string) {
  await client.query(
    `insert into relations (type, from_subject_id, to_subject_id, valid_from, valid_to, attributes, record_id, batch_id, dataset_code)
     select rel.type, f.id, t.id, rel."validFrom"::date, rel."validTo"::date, coalesce(rel.attributes, '{}'::jsonb), rec.id, r.batch_id, $2
     from staged_rows r
     join records rec on rec.batch_id = r.batch_id and rec.row_number = r.row_number
     cross join lateral jsonb_to_recordset(r.relations)
       as rel(type text, "fromType" text, "fromKey" text, "toType" text, "toKey" text, "validFrom" text, "validTo" text, attributes jsonb)
     join subjects f on f.type = rel."fromType"::subject_type and f.key = rel."fromKey"
     join subjects t on t.type = rel."toType"::subject_type and t.key = rel."toKey"
     where r.batch_id = $1 and jsonb_array_length(r.relations) > 0`,
    [batchId, datasetCode],
  );
}
