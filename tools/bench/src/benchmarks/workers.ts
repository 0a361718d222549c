// Workers past one process: the same subsidy batch (or BENCH_WORKERS_BATCHES of them) loaded
// by one real worker process and then by two sharing the queues, each round on a fresh
// database. A batch is cut into chunks by its reader and any worker stages any chunk, so
// the round with two processes shows the split: how many chunks each process committed.
// Baseline: a bare COPY of the same files into an untyped table, in the same run.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { schema } from '@zhijian/db';
import { addResponsibility, registerBuiltInDatasets, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue } from '@zhijian/jobs';
import { from as copyFrom } from 'pg-copy-streams';
import type { Benchmark, BenchmarkReport, BenchmarkRow } from '../benchmark';
import { type BenchDatabase, createBenchDatabase } from '../bench-database';
import { benchEnv } from '../env';
import { type RunningProcess, startWorkerProcess, writeSubsidyFile } from '../platform-processes';

interface Round {
  workers: number;
  milliseconds: number;
  /** Per batch: chunks committed by each worker process. */
  chunksByWorker: Array<Map<string, number>>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function rawCopy(database: BenchDatabase, files: string[]): Promise<number> {
  const client = await database.handle.pool.connect();
  try {
    await client.query('create table raw_subsidy (id_number text, name text, month text, amount text)');
    const start = performance.now();
    for (const file of files) await pipeline(createReadStream(file), client.query(copyFrom('COPY raw_subsidy FROM STDIN (FORMAT csv, HEADER true)')));
    return performance.now() - start;
  } finally {
    client.release();
  }
}

/** Loads the files with `workers` worker processes on a fresh database; times enqueue → every batch published. */
async function runRound(workers: number, files: string[], work: string, onDatabase?: (database: BenchDatabase) => Promise<void>): Promise<Round> {
  const database = await createBenchDatabase();
  const prefix = `bench-workers-${randomBytes(4).toString('hex')}`;
  const connection = createRedisConnection(benchEnv.REDIS_URL);
  const queues = createQueues(connection, prefix);
  const processes: RunningProcess[] = [];
  try {
    await onDatabase?.(database);
    const { db, pool } = database.handle;
    await db.insert(schema.departments).values({ code: 'housing', name: '市住房保障服务中心' });
    await registerBuiltInDatasets(db);
    await addResponsibility(db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly' });
    const dataDir = path.join(work, `data-${workers}`);
    const batchIds: string[] = [];
    for (const file of files) {
      const stored = await storeFeedFile(dataDir, file);
      const { batchId } = await submitFeed(database.handle, { dataDir, sha256: stored.sha256, fileName: path.basename(file), datasetCode: 'housing.rental_subsidy', departmentCode: 'housing', uploadedVia: 'cli' });
      batchIds.push(batchId);
    }
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: benchEnv.REDIS_URL,
      DATA_DIR: dataDir,
      QUEUE_PREFIX: prefix,
      WORKER_CONCURRENCY: String(benchEnv.BENCH_WORKERS_CONCURRENCY),
    };
    for (let i = 0; i < workers; i++) processes.push(startWorkerProcess(env));
    const ingest = queues.get('ingest');
    for (const deadline = Date.now() + 60_000; (await ingest.getWorkersCount()) < workers; await sleep(100)) {
      if (Date.now() > deadline) throw new Error(`${workers} worker process(es) did not connect in time`);
    }
    // Staging is what is timed: the models that would run after each publish stay off.
    for (const deadline = Date.now() + 60_000; ; await sleep(100)) {
      const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from warning_models');
      if ((rows[0]?.n ?? 0) > 0) break;
      if (Date.now() > deadline) throw new Error('the workers registered no warning models');
    }
    await pool.query('update warning_models set enabled = false');

    const start = performance.now();
    for (const batchId of batchIds) await enqueue(queues, 'ingest.stage', { batchId }, { jobId: `stage-${batchId}` });
    for (;;) {
      const { rows } = await pool.query<{ status: string; error: string | null }>('select status, error from batches where id = any($1::uuid[])', [batchIds]);
      const failed = rows.find((row) => row.status === 'failed');
      if (failed) throw new Error(`batch failed: ${failed.error}`);
      if (rows.every((row) => row.status === 'published')) break;
      await sleep(50);
    }
    const milliseconds = performance.now() - start;

    const completed = await ingest.getJobs(['completed']);
    const chunksByWorker = batchIds.map((batchId) => {
      const counts = new Map<string, number>();
      for (const job of completed) {
        if (job.name !== 'ingest.stage_chunk' || job.data.batchId !== batchId || job.returnvalue?.outcome !== 'committed') continue;
        counts.set(job.returnvalue.worker, (counts.get(job.returnvalue.worker) ?? 0) + 1);
      }
      return counts;
    });
    return { workers, milliseconds, chunksByWorker };
  } finally {
    await Promise.all(processes.map((child) => child.stop()));
    for (const name of ['ingest', 'warning', 'system'] as const) await queues.get(name).obliterate({ force: true }).catch(() => undefined);
    await queues.close();
    connection.disconnect();
    await database.dispose();
  }
}

const describeSplit = (round: Round) =>
  round.chunksByWorker
    .map((counts, i) => `batch ${i + 1}: ${[...counts.values()].sort((a, b) => b - a).join(' + ')} chunks by ${counts.size} process(es)`)
    .join('; ');

export const benchmark: Benchmark = {
  name: 'workers',
  async run(): Promise<BenchmarkReport> {
    const rows = benchEnv.BENCH_WORKERS_ROWS;
    const batches = benchEnv.BENCH_WORKERS_BATCHES;
    const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-workers-'));
    try {
      const files: string[] = [];
      for (let i = 0; i < batches; i++) {
        const file = path.join(work, `subsidy-${i}.csv`);
        // Distinct persons per file: each batch resolves its own subjects.
        await writeSubsidyFile(file, rows, i * Math.ceil(rows / 12));
        files.push(file);
      }
      let rawMs = 0;
      const one = await runRound(1, files, work, async (database) => {
        rawMs = await rawCopy(database, files);
      });
      const two = await runRound(2, files, work);
      const items = rows * batches;
      const row = (label: string, milliseconds: number): BenchmarkRow => ({ label, items, milliseconds, ratio: milliseconds / rawMs });
      const gain = one.milliseconds / two.milliseconds;
      const split = two.chunksByWorker.every((counts) => counts.size === 2);
      return {
        title: `Workers: ${batches} × ${rows.toLocaleString('en-US')} housing.rental_subsidy rows, staged by 1 and by 2 worker processes (${os.cpus().length} cores)`,
        rows: [
          row('raw COPY of the same files into an untyped table (baseline)', rawMs),
          row('1 worker process: enqueue → published', one.milliseconds),
          row('2 worker processes: enqueue → published', two.milliseconds),
        ],
        notes: [
          `throughput gain of 2 processes over 1: ${gain.toFixed(2)}×`,
          `1 process — ${describeSplit(one)}`,
          `2 processes — ${describeSplit(two)}`,
          `Each round is one run on a fresh database; each worker process runs ${benchEnv.BENCH_WORKERS_CONCURRENCY} job(s) at a time (BENCH_WORKERS_CONCURRENCY), chunks of 20,000 rows; PostgreSQL shares the machine's cores.`,
        ],
        goals: [
          { description: 'with two processes, every batch is split across both (each commits chunks of it)', met: split },
          { description: `two processes load faster than one (gain ${gain.toFixed(2)}× > 1)`, met: gain > 1 },
        ],
      };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
