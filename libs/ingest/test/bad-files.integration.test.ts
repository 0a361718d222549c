// The bad-files corpus (tests/fixtures/bad-files) delivered through the real pipeline into
// a library that already holds a published batch: each file ends in its specific error or
// its partial load with rejects, memory stays bounded, and the earlier batch is untouched.
import { rm } from 'node:fs/promises';
import { schema } from '@zhijian/db';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The corpus is shared test data outside any Nx project (also meant for the server and worker tests).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BAD_FILE_LIMITS_ENV, BAD_FILES, type BadFileCase } from '../../../tests/fixtures/bad-files/manifest';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { makeBadFile, oneHugeStringJson, personName, SUBSIDY_HEADER, subsidyRows } from '../../../tests/fixtures/bad-files/make';
import {
  batchRejects,
  FeedReadError,
  parseFeedLimits,
  publishBatch,
  stageBatch,
  storeFeedFile,
  storeFeedStream,
  submitFeed,
  UploadTooLargeError,
} from '../src';
import { seedCatalogue, tempDir, writeGbkCsv } from './fixtures';

const limits = parseFeedLimits(BAD_FILE_LIMITS_ENV);
/** Generous for two readers and a pool, far below what reading any big case whole would take. */
const MEMORY_HEADROOM_BYTES = 300 * 1024 * 1024;

let database: TestDatabase;
let dataDir: string;
let work: string;
let earlierBatchId: string;
let earlierFingerprint: { count: number; checksum: string };

async function fingerprint(batchId: string) {
  const { rows } = await database.pool.query<{ n: string; checksum: string; status: string }>(
    `select count(*) as n, md5(coalesce(string_agg(r.id::text || coalesce(r.subject_id::text, '') || r.attrs::text, '|' order by r.id), '')) as checksum,
            (select status from batches where id = $1) as status
       from records r where r.batch_id = $1`,
    [batchId],
  );
  return { count: Number(rows[0]!.n), checksum: rows[0]!.checksum, status: rows[0]!.status };
}

type Outcome = { error: string } | { loaded: number; rejected: number; rejectCodes: string[]; batchId: string };

/** Store → submit → stage → publish, as the CLI and the worker do; a FeedReadError ends it. */
async function deliver(entry: BadFileCase, filePath: string): Promise<Outcome> {
  let batchId: string | undefined;
  try {
    const stored = await storeFeedFile(dataDir, filePath);
    const submitted = await submitFeed(database, {
      dataDir,
      sha256: stored.sha256,
      fileName: entry.file,
      datasetCode: entry.dataset,
      departmentCode: entry.department,
      sheet: entry.sheet,
      uploadedVia: 'cli',
      limits,
    });
    batchId = submitted.batchId;
    await stageBatch(database, batchId, { dataDir, limits, chunkSize: 1000 });
    expect(await publishBatch(database, batchId)).toBe('published');
  } catch (error) {
    if (error instanceof FeedReadError) {
      if (batchId) await expectInvisible(batchId);
      return { error: error.code };
    }
    throw error;
  }
  const [batch] = await database.db.select().from(schema.batches).where(eqId(batchId));
  const rejects = await batchRejects(database.db, batchId, { limit: 100 });
  const codes = new Set(rejects.flatMap((reject) => reject.errors.map((e) => e.code)));
  return { loaded: batch!.rowsLoaded ?? 0, rejected: batch!.rowsRejected, rejectCodes: [...codes].sort(), batchId };
}

/** A file that failed leaves no visible fact behind. */
async function expectInvisible(batchId: string) {
  const { rows } = await database.pool.query<{ n: string }>(
    "select count(*) as n from records r join batches b on b.id = r.batch_id and b.status = 'published' where r.batch_id = $1",
    [batchId],
  );
  expect(Number(rows[0]!.n)).toBe(0);
}

const eqId = (id: string) => eq(schema.batches.id, id);

/** Peak RSS while `work` runs, sampled every 50 ms. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await tempDir('zhijian-bad-data-');
  work = await tempDir('zhijian-bad-files-');
  await seedCatalogue(database.db, { housing: '市住房保障服务中心', civil: '市民政局' }, [
    ['housing', 'housing.rental_subsidy', 10],
    ['civil', 'civil.death', 10],
  ]);

  // The library already holds a published batch that no bad file may change.
  const file = await writeGbkCsv(work, 'earlier.csv', [SUBSIDY_HEADER, ...subsidyRows(20, 500)]);
  const stored = await storeFeedFile(dataDir, file);
  const { batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName: 'earlier.csv', datasetCode: 'housing.rental_subsidy', departmentCode: 'housing', uploadedVia: 'cli' });
  await stageBatch(database, batchId, { dataDir });
  expect(await publishBatch(database, batchId)).toBe('published');
  earlierBatchId = batchId;
  earlierFingerprint = await fingerprint(batchId);
  expect(earlierFingerprint.count).toBe(20);
});
afterAll(async () => {
  await database.drop();
  await rm(work, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe('the bad-files corpus', () => {
  it('has at least 30 files', () => {
    expect(new Set(BAD_FILES.map((entry) => entry.file)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_FILES.map((entry) => [`${entry.file}${entry.sheet ? ` (sheet ${entry.sheet})` : ''}: ${entry.why}`, entry] as const))(
    '%s',
    async (_title, entry) => {
      const filePath = await makeBadFile(work, entry.file);
      const baseline = process.memoryUsage().rss;
      try {
        const { result, peak } = await peakRss(() => deliver(entry, filePath));
        const { batchId: _batchId, ...outcome } = result as Outcome & { batchId?: string };
        expect(outcome).toEqual(entry.expect);
        expect(peak - baseline).toBeLessThan(MEMORY_HEADROOM_BYTES);
        if ('batchId' in result && entry.file === 'formula-cells.xlsx') {
          // The cell's cached text is loaded, never the formula that would run in a spreadsheet.
          const { rows } = await database.pool.query<{ name: string }>("select attrs->>'name' as name from records where batch_id = $1 order by row_number", [result.batchId]);
          expect(rows.map((row) => row.name)).toEqual([0, 1, 2].map(personName));
        }
      } finally {
        await rm(filePath, { force: true });
        // Stored copies of the big cases are not needed after their delivery.
        await rm(`${dataDir}/tmp`, { recursive: true, force: true });
      }
      expect(await fingerprint(earlierBatchId)).toEqual({ ...earlierFingerprint, status: 'published' });
    },
    120_000,
  );

  it('refuses a 500 MB upload while streaming it, keeping no part of it', async () => {
    const baseline = process.memoryUsage().rss;
    const maxBytes = 16 * 1024 * 1024;
    const { result, peak } = await peakRss(() => storeFeedStream(dataDir, oneHugeStringJson(500), { maxBytes }).catch((error: unknown) => error));
    expect(result).toBeInstanceOf(UploadTooLargeError);
    expect(peak - baseline).toBeLessThan(MEMORY_HEADROOM_BYTES);
    expect(await fingerprint(earlierBatchId)).toEqual({ ...earlierFingerprint, status: 'published' });
  });
});
