// Ingestion end to end: a generated housing.rental_subsidy CSV goes through the real
// pipeline (read → standardize → resolve subjects → COPY records → publish) and, in the
// same run, the same file is loaded with a bare COPY into an untyped table: the raw ceiling.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { schema } from '@zhijian/db';
import { addResponsibility, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import type { Benchmark, BenchmarkReport } from '../benchmark';
import { createBenchDatabase } from '../bench-database';
import { benchEnv } from '../env';

async function writeSubsidyCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const names = ['张伟', '王芳', '李娜', '刘洋', '陈静'];
  out.write('公民身份号码,姓名,发放月份,发放金额(元)\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    // About one person per 12 rows: a year of monthly payments each.
    const person = Math.floor(i / 12);
    const birth = new Date(Date.UTC(1940, 0, 1) + (person % 25_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `430702${birth}${String(Math.floor(person / 25_000) % 1000).padStart(3, '0')}`;
    buffer += `${first17}${residentIdCheckCharacter(first17)},${names[person % 5]},2026-${String((i % 12) + 1).padStart(2, '0')},${(300 + (person % 500)).toFixed(2)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

function trackPeakRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

export const benchmark: Benchmark = {
  name: 'ingest',
  async run(): Promise<BenchmarkReport> {
    const rows = benchEnv.BENCH_INGEST_ROWS;
    const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-ingest-'));
    const file = path.join(work, 'subsidy.csv');
    const database = await createBenchDatabase();
    try {
      await writeSubsidyCsv(file, rows);
      const { db, pool } = database.handle;

      // Raw ceiling: the same bytes straight into a bare table, no checking at all.
      await pool.query('create table raw_subsidy (id_number text, name text, month text, amount text)');
      const client = await pool.connect();
      const rawStart = performance.now();
      await pipeline(createReadStream(file), client.query(copyFrom("COPY raw_subsidy FROM STDIN (FORMAT csv, HEADER true)")));
      const rawMs = performance.now() - rawStart;
      client.release();

      await db.insert(schema.departments).values({ code: 'housing', name: '市住房保障服务中心' });
      await registerBuiltInDatasets(db);
      await addResponsibility(db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly' });
      const dataDir = path.join(work, 'data');
      const peak = trackPeakRss();
      const cpuStart = process.cpuUsage();
      const pipelineStart = performance.now();
      const stored = await storeFeedFile(dataDir, file);
      const { batchId } = await submitFeed(database.handle, {
        dataDir,
        sha256: stored.sha256,
        fileName: 'subsidy.csv',
        datasetCode: 'housing.rental_subsidy',
        departmentCode: 'housing',
        uploadedVia: 'cli',
      });
      const stageStart = performance.now();
      await stageBatch(database.handle, batchId, { dataDir });
      const publishStart = performance.now();
      await publishBatch(database.handle, batchId);
      const end = performance.now();
      const cpu = process.cpuUsage(cpuStart);
      const peakRss = peak();
      const { rows: loaded } = await pool.query<{ n: string; subjects: string }>(
        "select count(*) as n, (select count(*) from subjects where type = 'person') as subjects from records where batch_id = $1",
        [batchId],
      );
      const pipelineMs = end - pipelineStart;
      const ratio = pipelineMs / rawMs;
      return {
        title: `Ingestion of ${rows.toLocaleString('en-US')} housing.rental_subsidy rows (CSV, ${(stored.size / 1e6).toFixed(0)} MB)`,
        rows: [
          { label: 'raw COPY into an untyped table (baseline)', items: rows, milliseconds: rawMs, ratio: 1 },
          { label: 'pipeline: store + stage (read, standardize, subjects, COPY records)', items: rows, milliseconds: publishStart - pipelineStart, ratio: (publishStart - pipelineStart) / rawMs },
          { label: 'pipeline: publish (the batch becomes visible)', items: rows, milliseconds: end - publishStart, ratio: (end - publishStart) / rawMs },
          { label: 'pipeline end to end', items: rows, milliseconds: pipelineMs, ratio },
        ],
        notes: [
          `records published: ${Number(loaded[0]?.n).toLocaleString('en-US')}; persons resolved: ${Number(loaded[0]?.subjects).toLocaleString('en-US')}`,
          `stage alone: ${((rows / (publishStart - stageStart)) * 1000).toFixed(0)} rows/s; peak RSS of this process: ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
          // The server's share is the rest: on a busy machine, wall time says less than CPU time.
          `CPU time of this process (all threads) during the pipeline: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
          'Each figure is one run (a million-row load is too long to repeat); the ratio is pipeline time ÷ raw COPY time on the same server.',
        ],
        goals: [
          { description: 'pipeline reaches at least one third of the raw COPY rate (ratio ≤ 3×)', met: ratio <= 3 },
          { description: 'peak memory stays under 1 GB', met: peakRss < 1024 ** 3 },
        ],
      };
    } finally {
      await database.dispose();
      await rm(work, { recursive: true, force: true });
    }
  },
};
