// Publish: the stage already wrote the batch's records, links and relations, invisible
// while the batch is not 'published'. Publishing makes them visible in one transaction —
// together with taking a superseded batch's facts out and writing the quality report —
// so readers see the whole batch or none of it, and a retried publish changes nothing.
import type { DbHandle } from '@zhijian/db';
import type { PoolClient } from 'pg';
import { resolveByNameAndBirth } from '../matching/resolve-by-name';
import { buildQualityReport } from './quality-report';
import { removeBatchFacts } from './remove-facts';

export type PublishOutcome = 'published' | 'already_done' | 'not_ready' | 'restage';

export async function publishBatch(handle: DbHandle, batchId: string): Promise<PublishOutcome> {
  const client = await handle.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ status: string; supersedes_batch_id: string | null; rows_read: number; rows_rejected: number }>(
      'select status, supersedes_batch_id, rows_read, rows_rejected from batches where id = $1 for update',
      [batchId],
    );
    const batch = rows[0];
    if (!batch) throw new Error(`batch ${batchId} not found`);
    if (batch.status === 'published') return await done(client, 'already_done');
    if (batch.status !== 'publishing') return await done(client, 'not_ready');

    // A batch staged before records were written at stage time sits in staged_rows:
    // it is staged again from its file.
    if (await stagedTheOldWay(client, batchId)) {
      await resetStaging(client, batchId);
      await client.query('commit');
      return 'restage';
    }
    // Every row read is a record unless it was rejected (stage commits both with the watermark).
    const loaded = batch.rows_read - batch.rows_rejected;
    // Persons named without an ID are matched by name and birth date (links or reviews).
    await resolveByNameAndBirth(client, batchId);
    if (batch.supersedes_batch_id) {
      // A corrected delivery replaces the old one atomically: readers never see both or neither.
      await removeBatchFacts(client, batch.supersedes_batch_id);
      await client.query("update batches set status = 'superseded', finished_at = now() where id = $1", [batch.supersedes_batch_id]);
    }
    const quality = await buildQualityReport(client, batchId, loaded);
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

async function stagedTheOldWay(client: PoolClient, batchId: string): Promise<boolean> {
  const { rows } = await client.query('select 1 from staged_rows where batch_id = $1 limit 1', [batchId]);
  return rows.length > 0;
}

async function resetStaging(client: PoolClient, batchId: string) {
  await removeBatchFacts(client, batchId);
  await client.query('delete from staged_rows where batch_id = $1', [batchId]);
  await client.query('delete from rejects where batch_id = $1', [batchId]);
  await client.query(
    "update batches set status = 'queued', staged_through_row = 0, rows_read = 0, rows_rejected = 0, quality = null where id = $1",
    [batchId],
  );
}
