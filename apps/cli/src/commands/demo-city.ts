// The demo city `npm start` loads once: ~20,000 generated persons of Changde, every
// department's feed delivered through the real pipeline (store → submit → the worker's
// stage and publish jobs), the batches logged as they arrive.
import path from 'node:path';
import { appendAudit, DEMO_DEPARTMENTS } from '@zhijian/auth';
import { createDb, type DbHandle, schema } from '@zhijian/db';
import { FEED_KEYS, type FeedSummary, generateCity } from '@zhijian/gen';
import { DEMO_RESPONSIBILITIES, getBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue } from '@zhijian/jobs';
import { and, countDistinct, eq, ne } from 'drizzle-orm';
import { cliEnv } from '../env';
import { dataDir, zhijianHome } from '../paths';

export const DEMO_PERSONS = 20_000;
export const DEMO_SEED = 1;

/** `--no-demo` or ZHIJIAN_DEMO=0 (or false) skip the demo city. */
export function demoWanted(flag: boolean | undefined): boolean {
  const env = cliEnv().ZHIJIAN_DEMO;
  return flag !== false && env !== '0' && env !== 'false';
}

export async function loadDemoCity(services: { databaseUrl: string; redisUrl: string }, say: (line: string) => void): Promise<void> {
  const handle = createDb(services.databaseUrl, { max: 2, applicationName: 'zhijian-demo' });
  try {
    const delivered = await demoDatasetsDelivered(handle);
    if (delivered >= FEED_KEYS.length) {
      say(`demo: the demo city is already loaded (${delivered} feeds); not loading it again`);
      return;
    }
    // An interrupted load resumes: the same seed gives the same files, and a file already
    // delivered is recognized by its hash instead of being loaded twice.
    if (delivered > 0) say(`demo: resuming an interrupted demo load (${delivered} of ${FEED_KEYS.length} feeds delivered)`);
    say(`demo: ${DEMO_DEPARTMENTS.length} departments and ${DEMO_RESPONSIBILITIES.length} data responsibilities registered`);
    const out = path.join(zhijianHome(), 'demo');
    say(`demo: generating a city of ${DEMO_PERSONS.toLocaleString('en')} persons into ${out} …`);
    const truth = await generateCity({ out, persons: DEMO_PERSONS, seed: DEMO_SEED });
    say(`demo: ${truth.feeds.length} feeds written; delivering them through the ingestion pipeline`);
    await deliverFeeds(handle, services.redisUrl, out, truth.feeds, say);
    say(`demo: all feeds delivered; truth.json (expected rejects and warnings) is in ${out}`);
  } finally {
    await handle.close();
  }
}

async function demoDatasetsDelivered(handle: DbHandle): Promise<number> {
  // A failed demo batch is delivered again (its file is then not a duplicate).
  const [row] = await handle.db
    .select({ n: countDistinct(schema.batches.datasetCode) })
    .from(schema.batches)
    .where(and(eq(schema.batches.uploadedVia, 'demo'), ne(schema.batches.status, 'failed')));
  return row?.n ?? 0;
}

async function deliverFeeds(handle: DbHandle, redisUrl: string, out: string, feeds: FeedSummary[], say: (line: string) => void): Promise<void> {
  const connection = createRedisConnection(redisUrl);
  const queues = createQueues(connection, cliEnv().QUEUE_PREFIX);
  try {
    const pending = new Map<string, FeedSummary>();
    for (const feed of feeds) {
      const stored = await storeFeedFile(dataDir(), path.join(out, feed.file));
      const submitted = await submitFeed(handle, {
        dataDir: dataDir(),
        sha256: stored.sha256,
        fileName: feed.file,
        datasetCode: feed.dataset,
        departmentCode: feed.department,
        uploadedVia: 'demo',
      });
      if (submitted.duplicate) continue;
      await enqueue(queues, 'ingest.stage', { batchId: submitted.batchId }, { jobId: `stage-${submitted.batchId}` });
      await appendAudit(handle.db, { action: 'batch.submit', actorUsername: 'demo', target: submitted.batchId, detail: { dataset: feed.dataset, file: feed.file } });
      say(`demo: submitted ${feed.file} (${feed.dataset}, ${feed.department}) → batch ${submitted.batchId}`);
      pending.set(submitted.batchId, feed);
    }
    // The worker stages and publishes them; report each batch as it lands.
    while (pending.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const [batchId, feed] of pending) {
        const batch = await getBatch(handle.db, batchId);
        if (!batch || !['published', 'failed', 'rolled_back', 'superseded'].includes(batch.status)) continue;
        pending.delete(batchId);
        say(
          batch.status === 'published'
            ? `demo: batch arrived ← ${feed.department}: ${feed.dataset}, ${batch.rowsLoaded} loaded, ${batch.rowsRejected} rejected (${feed.expectedRejects} expected)`
            : `demo: batch ${batchId} (${feed.dataset}) ${batch.status}${batch.error ? `: ${batch.error}` : ''}`,
        );
      }
    }
  } finally {
    await queues.close();
    connection.disconnect();
  }
}
