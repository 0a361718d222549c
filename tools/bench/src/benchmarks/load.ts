// Load: 50 concurrent analysts (autocannon, loopback) doing search, profile and 2-hop expansion
// through tRPC against the real server process, for a bounded time, while the real worker
// ingests two 1,000,000-row subsidy batches into the same library. Reports errors and
// p50/p95/p99 per question; the goal is p95 ≤ 200 ms. The baseline row is the same questions
// with no ingestion running, measured in the same run.
//
// An analyst asks BENCH_LOAD_RATE questions a second on average (random think times; a quick
// reader at that); the goal is judged on those analysts. A second, saturating round drops the pacing —
// every connection sends its next question the moment an answer arrives — to show how many
// questions a second the platform answers while ingesting, and at what latency.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { addResponsibility, registerBuiltInDatasets, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue } from '@zhijian/jobs';
import autocannon from 'autocannon';
import type { Benchmark, BenchmarkReport } from '../benchmark';
import { createBenchDatabase } from '../bench-database';
import { benchEnv } from '../env';
import { startServerProcess, startWorkerProcess, writeSubsidyFile } from '../platform-processes';
import { generateCity } from './query-city';

const KINDS = ['search', 'profile', '2-hop'] as const;
type Kind = (typeof KINDS)[number];
const GOAL_P95_MS = 200;

interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  /** Per question: [when the answer arrived (performance.now()), how long it took (ms)]. */
  latencies: Record<Kind, Array<[number, number]>>;
}

const noLatencies = (): LoadResult['latencies'] => ({ search: [], profile: [], '2-hop': [] });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

type Question = (persons: () => { id: number; key: string }) => string;

const purpose = '基准测试 benchmark';
const trpcPath = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
/** search → profile → 2-hop, in turn. */
const QUESTIONS: Record<Kind, Question> = {
  search: (person) => trpcPath('query.search', { text: person().key }),
  profile: (person) => trpcPath('query.profile', { subjectId: person().id, purpose }),
  '2-hop': (person) => trpcPath('query.graph', { roots: [person().id], hops: 2, purpose }),
};

const sampler = (persons: Array<{ id: number; key: string }>) => {
  let next = 0;
  return () => persons[next++ % persons.length] ?? { id: 0, key: '' };
};

/**
 * Paced analysts: each one thinks for a random while (exponential, mean 1/rate seconds), asks
 * the next question and waits for the answer, for `seconds`. Random think times keep fifty
 * analysts from asking in lock-step bursts, which no office does.
 */
async function runPacedAnalysts(baseUrl: string, cookie: string, persons: Array<{ id: number; key: string }>, seconds: number, ratePerAnalyst: number): Promise<LoadResult> {
  const person = sampler(persons);
  const latencies = noLatencies();
  const outcome = { requests: 0, errors: 0, non2xx: 0 };
  const end = performance.now() + seconds * 1000;
  const analyst = async () => {
    for (let n = 0; ; n++) {
      await new Promise((resolve) => setTimeout(resolve, (-Math.log(1 - Math.random()) * 1000) / ratePerAnalyst));
      if (performance.now() >= end) return;
      const kind = KINDS[n % 3] ?? 'search';
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}${QUESTIONS[kind](person)}`, { headers: { cookie } });
        await response.arrayBuffer();
        outcome.requests++;
        if (!response.ok) outcome.non2xx++;
        else latencies[kind].push([performance.now(), performance.now() - started]);
      } catch {
        outcome.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: benchEnv.BENCH_LOAD_ANALYSTS }, analyst));
  return { ...outcome, latencies };
}

/** As many questions as the platform answers: every connection asks again the moment an answer arrives. */
async function runSaturating(baseUrl: string, cookie: string, persons: Array<{ id: number; key: string }>, seconds: number): Promise<LoadResult> {
  const person = sampler(persons);
  const requests = KINDS.map((kind) => ({ setupRequest: (r: autocannon.Request) => ({ ...r, path: QUESTIONS[kind](person) }) }));
  const latencies = noLatencies();
  const served = new Map<unknown, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, connections: benchEnv.BENCH_LOAD_ANALYSTS, duration: seconds, headers: { cookie }, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    // Each connection sends the three questions in turn, one at a time, so its n-th answer is kind n mod 3.
    instance.on('response', (client, _status, _bytes, ms) => {
      const n = served.get(client) ?? 0;
      served.set(client, n + 1);
      latencies[KINDS[n % 3] ?? 'search'].push([performance.now(), ms]);
    });
  });
  return { requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx, latencies };
}

export const benchmark: Benchmark = {
  name: 'load',
  async run(): Promise<BenchmarkReport> {
    const database = await createBenchDatabase();
    const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-load-'));
    const stops: Array<() => Promise<void>> = [];
    const prefix = `bench-load-${randomBytes(4).toString('hex')}`;
    const connection = createRedisConnection(benchEnv.REDIS_URL);
    const queues = createQueues(connection, prefix);
    try {
      const city = await generateCity(database.handle, { persons: benchEnv.BENCH_LOAD_PERSONS });
      const { db, pool } = database.handle;
      // The city was just bulk-loaded: settle statistics and visibility maps now, as autovacuum
      // would in a while, so its catch-up work does not land in the middle of a timed round.
      await pool.query('vacuum (analyze)');
      // And write its pages out now: a checkpoint of the load landing in the quiet round slows
      // every commit there (each audited answer commits), which no quiet platform does.
      await pool.query('checkpoint').catch(() => undefined); // needs a superuser; otherwise skipped
      await ensureDepartments(db, [{ code: 'jw', name: '市纪委监委' }, { code: 'housing', name: '市住房保障服务中心' }]);
      await ensureUser(db, { username: 'bench-analyst', displayName: 'bench', departmentCode: 'jw', roles: ['analyst'] }, 'bench-password-123');
      await registerBuiltInDatasets(db);
      await addResponsibility(db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly' });
      const env = { DATABASE_URL: database.url, REDIS_URL: benchEnv.REDIS_URL, DATA_DIR: path.join(work, 'data'), QUEUE_PREFIX: prefix };
      const server = await startServerProcess({ ...env, SESSION_SECRET: 'bench-session-secret-long-enough-0123456789' });
      stops.push(server.stop);
      const login = await fetch(`${server.baseUrl}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench-analyst', password: 'bench-password-123' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
      const { rows: persons } = await pool.query<{ id: string; key: string }>(
        `select id, key from subjects where type = 'person' and id <= $1 order by md5(id::text) limit 2000`,
        [city.persons],
      );
      const sample = persons.map((p) => ({ id: Number(p.id), key: p.key }));

      // Baseline: the same analysts on a quiet platform, after a round that warms the server up.
      const rate = benchEnv.BENCH_LOAD_RATE;
      await runPacedAnalysts(server.baseUrl, cookie, sample, 5, rate);
      const quiet = await runPacedAnalysts(server.baseUrl, cookie, sample, Math.max(5, Math.round(benchEnv.BENCH_LOAD_SECONDS / 3)), rate);

      const files = await Promise.all(
        [0, 1].map(async (i) => {
          const file = path.join(work, `subsidy-${i}.csv`);
          await writeSubsidyFile(file, benchEnv.BENCH_LOAD_ROWS, i * 200_000);
          return file;
        }),
      );
      const batchIds: string[] = [];
      for (const file of files) {
        const stored = await storeFeedFile(env.DATA_DIR, file);
        const { batchId } = await submitFeed(database.handle, { dataDir: env.DATA_DIR, sha256: stored.sha256, fileName: path.basename(file), datasetCode: 'housing.rental_subsidy', departmentCode: 'housing', uploadedVia: 'cli' });
        batchIds.push(batchId);
      }
      const worker = startWorkerProcess({ ...env, WORKER_CONCURRENCY: '2' });
      stops.push(worker.stop);
      for (const batchId of batchIds) await enqueue(queues, 'ingest.stage', { batchId }, { jobId: `stage-${batchId}` });
      const ingestStart = performance.now();
      // Wait until both batches are staging, so the load overlaps the ingestion.
      for (let staging = 0; staging < 2; ) {
        const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from batches where id = any($1::uuid[]) and rows_read > 0`, [batchIds]);
        staging = rows[0]?.n ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // When the last batch was published: only answers given before then count as "while ingesting".
      let ingestEnd = Number.POSITIVE_INFINITY;
      const watch = (async () => {
        while (ingestEnd === Number.POSITIVE_INFINITY) {
          const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from batches where id = any($1::uuid[]) and status in ('published', 'failed')`, [batchIds]);
          if ((rows[0]?.n ?? 0) === batchIds.length) ingestEnd = performance.now();
          else await new Promise((resolve) => setTimeout(resolve, 250));
        }
      })();
      const ingestion = async () => {
        const { rows: progress } = await pool.query<{ status: string; rows_read: number }>('select status, rows_read from batches where id = any($1::uuid[])', [batchIds]);
        return `${((performance.now() - ingestStart) / 1000).toFixed(0)} s in: ${progress.map((p) => `${p.status} ${p.rows_read.toLocaleString('en-US')} rows`).join(', ')}`;
      };
      const pacedStart = performance.now();
      const busy = await runPacedAnalysts(server.baseUrl, cookie, sample, benchEnv.BENCH_LOAD_SECONDS, rate);
      const pacedEnd = performance.now();
      const afterPaced = await ingestion();
      const flatStart = performance.now();
      const flat = await runSaturating(server.baseUrl, cookie, sample, Math.max(5, Math.round(benchEnv.BENCH_LOAD_SECONDS / 3)));
      const flatEnd = performance.now();
      const afterFlat = await ingestion();
      const overlap = (from: number, to: number) => Math.max(0, Math.min(to, ingestEnd) - from) / 1000;
      const pacedOverlap = overlap(pacedStart, pacedEnd);
      const flatOverlap = overlap(flatStart, flatEnd);
      if (ingestEnd === Number.POSITIVE_INFINITY) ingestEnd = performance.now();
      await watch;

      const stats = (result: LoadResult, kind: Kind, until = Number.POSITIVE_INFINITY) => {
        const sorted = result.latencies[kind].filter(([at]) => at <= until).map(([, ms]) => ms).sort((a, b) => a - b);
        return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
      };
      const rows = KINDS.flatMap((kind) => {
        const base = stats(quiet, kind);
        const loaded = stats(busy, kind, ingestEnd);
        return [
          { label: `${kind} · p95, no ingestion (baseline)`, items: base.n, milliseconds: base.p95, ratio: 1 },
          { label: `${kind} · p95, two batches ingesting`, items: loaded.n, milliseconds: loaded.p95, ratio: loaded.p95 / base.p95 },
        ];
      });
      const describe = (result: LoadResult, until?: number) =>
        KINDS.map((kind) => {
          const s = stats(result, kind, until);
          return `${kind} ${s.n} answers, p50 ${s.p50.toFixed(0)} / p95 ${s.p95.toFixed(0)} / p99 ${s.p99.toFixed(0)} ms`;
        }).join('; ');
      const flatSeconds = Math.max(5, Math.round(benchEnv.BENCH_LOAD_SECONDS / 3));
      const notes = [
        `paced analysts (${rate}/s each), ${pacedOverlap.toFixed(0)} s of the round ran while ingesting, answers given then: ${describe(busy, ingestEnd)}`,
        `saturating (${benchEnv.BENCH_LOAD_ANALYSTS} connections back to back, ${flatSeconds} s, ${flatOverlap.toFixed(0)} s of it while ingesting): ${(flat.requests / flatSeconds).toFixed(0)} answers/s (errors ${flat.errors}, non-2xx ${flat.non2xx}); ${describe(flat)}`,
      ];
      const worstP95 = Math.max(...KINDS.map((kind) => stats(busy, kind, ingestEnd).p95));
      // The goal counts only if the analysts worked alongside the ingestion for most of the round.
      const overlapNeeded = Math.min(30, benchEnv.BENCH_LOAD_SECONDS / 2);
      return {
        title: `Load — ${benchEnv.BENCH_LOAD_ANALYSTS} analysts (${rate} questions/s each) for ${benchEnv.BENCH_LOAD_SECONDS} s on ${city.persons.toLocaleString('en-US')} persons while 2 × ${benchEnv.BENCH_LOAD_ROWS.toLocaleString('en-US')} subsidy rows ingest`,
        rows,
        notes: [
          ...notes,
          `requests: ${busy.requests.toLocaleString('en-US')} under ingestion (errors ${busy.errors}, non-2xx ${busy.non2xx}); ${quiet.requests.toLocaleString('en-US')} on the quiet platform (errors ${quiet.errors}, non-2xx ${quiet.non2xx})`,
          `ingestion when the paced load ended: ${afterPaced}; after the saturating round: ${afterFlat}`,
          '"items" is the number of answers timed; ratios: p95 under ingestion ÷ p95 on the quiet platform.',
        ],
        goals: [
          { description: `no errors under load, paced or saturating (${busy.errors + busy.non2xx + flat.errors + flat.non2xx})`, met: busy.errors + busy.non2xx + flat.errors + flat.non2xx === 0 },
          {
            description: `p95 ≤ ${GOAL_P95_MS} ms for search, profile and 2-hop of paced analysts while ingesting (worst ${worstP95.toFixed(0)} ms over ${pacedOverlap.toFixed(0)} s of ingestion; ≥ ${overlapNeeded} s needed)`,
            met: worstP95 <= GOAL_P95_MS && pacedOverlap >= overlapNeeded,
          },
        ],
      };
    } finally {
      for (const stop of stops.reverse()) await stop();
      await queues.close();
      connection.disconnect();
      await database.dispose();
      await rm(work, { recursive: true, force: true });
    }
  },
};
