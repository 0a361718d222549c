// The worst files of the bad-files corpus, delivered to a real server process over HTTP the
// way a steward delivers them and staged by a real worker process, both under small limits
// from their environment: each ends in its specific error or its partial load with rejects,
// the server still answers /health, the worker still loads a good batch afterwards, and the
// library that existed before is unchanged, down to a checksum.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { addResponsibility, registerBuiltInDatasets } from '@zhijian/ingest';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The corpus is shared test data outside any Nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BAD_FILE_LIMITS_ENV, BAD_FILES, type BadFileOutcome } from '../../../tests/fixtures/bad-files/manifest';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { makeBadFile, oneHugeStringJson, SUBSIDY_HEADER, subsidyRows } from '../../../tests/fixtures/bad-files/make';
import { killHard, makeWorkDir, spawnWorker, type WorkerProcess } from './private-services';
import { isHealthy, type ServerProcess, spawnServer } from './server-process';
import { type Delivery, feedErrorCode, loginAsSteward, type StewardClient } from './steward-http';

const DATASET = 'housing.rental_subsidy';
const UPLOAD_MAX_BYTES = 32 * 1024 * 1024;
/** The same limits for both processes, as an operator sets them once for the platform. */
const LIMITS_ENV = { ...BAD_FILE_LIMITS_ENV, FEED_MAX_CELL_BYTES: String(1024 * 1024), FEED_READ_STALL_SECONDS: '10' };

/** The worst of the corpus; their outcomes are the manifest's. */
const CORPUS_FILES = [
  'zip-bomb.xlsx',
  'ten-thousand-sheets.xlsx',
  'lying-zip-bomb.xlsx',
  'lying-zipped-size.xlsx',
  'cut-deflate-after-rows.xlsx',
  'truncated.xlsx',
  'big-cell.csv',
  'many-columns.csv',
  'nul-bytes.csv',
  'utf16le-bom.csv',
  'ndjson-broken-line.ndjson',
  'too-many-rows.csv',
];

type Expected = BadFileOutcome | { uploadStatus: number };
interface HostileFile {
  name: string;
  body: () => Promise<Buffer>;
  expect: Expected;
}

let work: string;
let database: TestDatabase;
let server: ServerProcess | undefined;
let worker: WorkerProcess | undefined;
let steward: StewardClient;

/** A failing assertion says what the processes logged. */
const processLogs = () => `\n--- server:\n${server?.output() ?? ''}\n--- worker:\n${worker?.output() ?? ''}`;

interface BatchRow {
  status: string;
  error: string | null;
  rows_loaded: number | null;
  rows_rejected: number;
}

async function batchEnd(batchId: string): Promise<BatchRow> {
  let row: BatchRow | undefined;
  await expect
    .poll(
      async () => {
        ({ rows: [row] } = await database.pool.query<BatchRow>('select status, error, rows_loaded, rows_rejected from batches where id = $1', [batchId]));
        return row?.status;
      },
      { timeout: 90_000, interval: 250, message: `batch ${batchId} did not end${processLogs()}` },
    )
    .toMatch(/^(published|failed)$/);
  return row!;
}

/** What a delivery ended in, in the manifest's terms. */
async function outcomeOf(delivery: Delivery): Promise<Expected> {
  if ('refused' in delivery) {
    const { step, status, message } = delivery.refused;
    if (step === 'upload') return { uploadStatus: status };
    return { error: feedErrorCode(message) ?? `${step} refused (${status}): ${message}` };
  }
  const batch = await batchEnd(delivery.batchId);
  if (batch.status === 'failed') return { error: feedErrorCode(batch.error) ?? `failed: ${batch.error}` };
  const { rows } = await database.pool.query<{ code: string }>(
    "select distinct e->>'code' as code from rejects, jsonb_array_elements(errors) e where batch_id = $1 order by 1",
    [delivery.batchId],
  );
  return { loaded: batch.rows_loaded ?? 0, rejected: batch.rows_rejected, rejectCodes: rows.map((row) => row.code) };
}

/**
 * The library as it stood: the earlier batch's records, links and relations, every subject
 * that existed then, and how many records are visible. Rows as text, so any change shows.
 */
async function librarySnapshot(batchId: string, subjectsUpTo: number) {
  const { rows } = await database.pool.query(
    `select
       (select status from batches where id = $1) as status,
       (select count(*) from records where batch_id = $1) as records,
       (select md5(coalesce(string_agg(r::text, '|' order by r.id), '')) from records r where r.batch_id = $1) as records_md5,
       (select md5(coalesce(string_agg(rs::text, '|' order by rs::text), '')) from record_subjects rs join records r on r.id = rs.record_id where r.batch_id = $1) as links_md5,
       (select count(*) from relations where batch_id = $1) as relations,
       (select md5(coalesce(string_agg(rel::text, '|' order by rel.id), '')) from relations rel where rel.batch_id = $1) as relations_md5,
       (select count(*) from subjects where id <= $2) as subjects,
       (select md5(coalesce(string_agg(s::text, '|' order by s.id), '')) from subjects s where s.id <= $2) as subjects_md5`,
    [batchId, subjectsUpTo],
  );
  return rows[0] as Record<string, string>;
}

async function visibleRecords(): Promise<number> {
  const { rows } = await database.pool.query<{ n: string }>("select count(*) as n from records r join batches b on b.id = r.batch_id and b.status = 'published'");
  return Number(rows[0]!.n);
}

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

beforeAll(async () => {
  work = await makeWorkDir('hostile-files');
  database = await createTestDatabase();
  await ensureDepartments(database.db, [{ code: 'housing', name: '市住房保障服务中心' }]);
  await ensureUser(database.db, { username: 'steward', displayName: '专员', departmentCode: 'housing', roles: ['steward'] }, 'steward-password');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: DATASET, frequency: 'monthly', dueDay: 10 });

  const env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data'), ...LIMITS_ENV };
  worker = spawnWorker({ ...env, WORKER_LOCK_DURATION_MS: '30000' });
  server = await spawnServer({ ...env, WEB_ROOT: work, UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES), UPLOAD_RATE_PER_MINUTE: '1000' });
  steward = await loginAsSteward(server.baseUrl, 'steward', 'steward-password');
}, 120_000);

afterAll(async () => {
  // Killed whatever happened above, so no process outlives the test.
  await Promise.all([worker && killHard(worker), server?.kill()]);
  await database?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('hostile files through a real server and worker', () => {
  it('each ends in its own error or partial load; both processes stay up; the library is unchanged', async () => {
    const earlier = await steward.deliver('earlier.csv', csv([SUBSIDY_HEADER, ...subsidyRows(20, 500)]), DATASET);
    expect(await outcomeOf(earlier), processLogs()).toEqual({ loaded: 20, rejected: 0, rejectCodes: [] });
    const earlierBatchId = (earlier as { batchId: string }).batchId;
    const { rows: maxSubject } = await database.pool.query<{ id: string }>('select coalesce(max(id), 0) as id from subjects');
    const subjectsUpTo = Number(maxSubject[0]!.id);
    const before = await librarySnapshot(earlierBatchId, subjectsUpTo);
    const visibleBefore = await visibleRecords();

    const hostile: HostileFile[] = [
      ...CORPUS_FILES.map((name) => ({
        name,
        body: async () => {
          const file = await makeBadFile(work, name);
          const bytes = await readFile(file);
          await rm(file);
          return bytes;
        },
        expect: BAD_FILES.find((entry) => entry.file === name && !entry.sheet)!.expect,
      })),
      // One JSON string of 8 MiB: over FEED_MAX_CELL_BYTES (1 MiB), refused before it is buffered.
      { name: 'one-string-8mb.json', body: () => buffer(oneHugeStringJson(8)), expect: { error: 'feed.cell_too_large' } },
      // The same over UPLOAD_MAX_BYTES: refused at the door.
      { name: 'one-string-40mb.json', body: () => buffer(oneHugeStringJson(40)), expect: { uploadStatus: 413 } },
    ];

    const deliveries: Array<{ name: string; delivery: Delivery }> = [];
    for (const file of hostile) deliveries.push({ name: file.name, delivery: await steward.deliver(file.name, await file.body(), DATASET) });
    // The server refuses what reading the header shows, under the operator's limits (with the
    // readers' defaults the zip bomb would pass); the rest is the worker's to survive.
    const step = (name: string) => deliveries.find((entry) => entry.name === name)?.delivery;
    expect(step('zip-bomb.xlsx')).toMatchObject({ refused: { step: 'preview' } });
    for (const name of ['lying-zip-bomb.xlsx', 'cut-deflate-after-rows.xlsx', 'too-many-rows.csv', 'big-cell.csv']) expect(step(name), name).toHaveProperty('batchId');
    const outcomes = Object.fromEntries(await Promise.all(deliveries.map(async ({ name, delivery }) => [name, await outcomeOf(delivery)] as const)));
    expect(outcomes, processLogs()).toEqual(Object.fromEntries(hostile.map((file) => [file.name, file.expect])));

    // Both processes are alive and well.
    expect(server!.child.exitCode, processLogs()).toBeNull();
    expect(worker!.child.exitCode, processLogs()).toBeNull();
    expect(await isHealthy(server!.baseUrl)).toBe(true);

    // Nothing that was in the library changed; only the partial loads became visible.
    expect(await librarySnapshot(earlierBatchId, subjectsUpTo)).toEqual(before);
    const partialLoads = hostile.reduce((sum, file) => sum + ('loaded' in file.expect ? file.expect.loaded : 0), 0);
    expect(await visibleRecords()).toBe(visibleBefore + partialLoads);

    // The worker still does its job.
    const after = await steward.deliver('after.csv', csv([SUBSIDY_HEADER, ...subsidyRows(10, 600)]), DATASET);
    expect(await outcomeOf(after), processLogs()).toEqual({ loaded: 10, rejected: 0, rejectCodes: [] });
    expect(worker!.child.exitCode, processLogs()).toBeNull();
  }, 240_000);
});
