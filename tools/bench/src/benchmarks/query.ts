// Relational query at city scale: 1,000,000 persons and over 5,000,000 relations generated
// straight into the library tables. Search, profile, 2-hop and 3-hop expansion are timed
// through tRPC over real HTTP (the server process, an analyst's session, masking and the
// audit log included) and, in the same run, the same questions straight in SQL on the same
// database: the floor that HTTP, JSON and the domain code add to.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import { findFreePort } from '@zhijian/local-services';
import type { Benchmark, BenchmarkReport, BenchmarkRow } from '../benchmark';
import { createBenchDatabase } from '../bench-database';
import { benchEnv } from '../env';
import { generateCity } from './query-city';

const serverEntry = fileURLToPath(new URL('../../../../apps/server/src/main.ts', import.meta.url));
const SAMPLES = 300;
const WARM_UP = 30;
const GOALS_MS = { search: 30, '2-hop': 20, '3-hop': 50 } as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeSamples(inputs: number[], run: (input: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (const input of inputs.slice(0, WARM_UP)) await run(input);
  const times: number[] = [];
  for (const input of inputs.slice(WARM_UP)) {
    const start = performance.now();
    await run(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Deterministic pseudo-random person ids, so runs compare. */
function samplePersons(count: number, persons: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % persons);
  });
}

async function startServer(env: Record<string, string>): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: { PATH: benchEnv.PATH, HOME: benchEnv.HOME, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error('server exited early');
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error('server not healthy in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))) };
}

export const benchmark: Benchmark = {
  name: 'query',
  async run(): Promise<BenchmarkReport> {
    const database = await createBenchDatabase();
    const work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-query-'));
    let server: { baseUrl: string; stop(): Promise<void> } | undefined;
    try {
      const started = performance.now();
      const city = await generateCity(database.handle, { persons: benchEnv.BENCH_QUERY_PERSONS });
      const generatedIn = (performance.now() - started) / 1000;
      const { db, pool } = database.handle;
      await ensureDepartments(db, [{ code: 'jw', name: '市纪委监委' }]);
      await ensureUser(db, { username: 'bench-analyst', displayName: 'bench', departmentCode: 'jw', roles: ['analyst'] }, 'bench-password-123');

      server = await startServer({
        DATABASE_URL: database.url,
        REDIS_URL: benchEnv.REDIS_URL,
        SESSION_SECRET: 'bench-session-secret-long-enough-0123456789',
        DATA_DIR: path.join(work, 'data'),
        QUEUE_PREFIX: 'bench-query',
      });
      const login = await fetch(`${server.baseUrl}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench-analyst', password: 'bench-password-123' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
      const baseUrl = server.baseUrl;
      const trpc = async (procedure: string, input: unknown) => {
        const response = await fetch(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
        return response.json();
      };

      const keys = new Map<number, { key: string; name: string }>();
      const persons = samplePersons(SAMPLES + WARM_UP, city.persons, 42);
      const { rows } = await pool.query<{ id: string; key: string; name: string }>('select id, key, name from subjects where id = any($1::bigint[])', [persons]);
      for (const row of rows) keys.set(Number(row.id), { key: row.key, name: row.name });
      const person = (id: number) => {
        const found = keys.get(id);
        if (!found) throw new Error(`no person ${id}`);
        return found;
      };
      const purpose = '基准测试 benchmark';

      const expandSql = (hops: number) => {
        // One statement per question: hop by hop, each node's relations capped at 51 (the hub rule).
        const level = (from: string) => `(select distinct e.other as id from ${from} f cross join lateral (
            (select to_subject_id as other from relations where from_subject_id = f.id)
            union all (select from_subject_id from relations where to_subject_id = f.id) limit 51) e)`;
        let sql = `with h0 as (select $1::bigint as id), h1 as ${level('h0')}`;
        for (let h = 2; h <= hops; h++) sql += `, h${h} as ${level(`h${h - 1}`)}`;
        return `${sql} select count(*) from (${Array.from({ length: hops + 1 }, (_, i) => `select id from h${i}`).join(' union ')}) n`;
      };
      const cases: Array<{ label: keyof typeof GOALS_MS | 'profile' | 'search (name)'; http: (id: number) => Promise<unknown>; sql: (id: number) => Promise<unknown> }> = [
        {
          label: 'search',
          http: (id) => trpc('query.search', { text: person(id).key }),
          sql: (id) => pool.query(`select id, type, key, name from subjects where type = 'person' and key = $1`, [person(id).key]),
        },
        {
          label: 'search (name)',
          http: (id) => trpc('query.search', { text: person(id).name }),
          sql: (id) => pool.query(`select subject_id from subject_search_terms where kind in ('name', 'simplified') and term = $1 limit 50`, [person(id).name]),
        },
        {
          label: 'profile',
          http: (id) => trpc('query.profile', { subjectId: id, purpose }),
          sql: (id) => Promise.all([
            pool.query('select * from records where subject_id = $1', [id]),
            pool.query('(select * from relations where from_subject_id = $1 limit 1001) union all (select * from relations where to_subject_id = $1 limit 1001)', [id]),
          ]),
        },
        { label: '2-hop', http: (id) => trpc('query.graph', { roots: [id], hops: 2, purpose }), sql: (id) => pool.query(expandSql(2), [id]) },
        { label: '3-hop', http: (id) => trpc('query.graph', { roots: [id], hops: 3, purpose }), sql: (id) => pool.query(expandSql(3), [id]) },
      ];

      const resultRows: BenchmarkRow[] = [];
      const notes: string[] = [];
      const p95s = new Map<string, number>();
      const graphSizes: string[] = [];
      for (const c of cases) {
        const sqlTimes = await timeSamples(persons, c.sql);
        const httpTimes = await timeSamples(persons, c.http);
        p95s.set(c.label, httpTimes.p95);
        resultRows.push({ label: `${c.label} · SQL p95`, items: 1, milliseconds: sqlTimes.p95, ratio: 1 });
        resultRows.push({ label: `${c.label} · tRPC p95`, items: 1, milliseconds: httpTimes.p95, ratio: httpTimes.p95 / sqlTimes.p95 });
        notes.push(`${c.label}: tRPC p50 ${httpTimes.p50.toFixed(1)} ms, p95 ${httpTimes.p95.toFixed(1)} ms; SQL p50 ${sqlTimes.p50.toFixed(1)} ms, p95 ${sqlTimes.p95.toFixed(1)} ms`);
      }
      for (const hops of [2, 3]) {
        const sizes = await Promise.all(persons.slice(0, 20).map(async (id) => ((await trpc('query.graph', { roots: [id], hops, purpose })) as { result: { data: { nodes: unknown[] } } }).result.data.nodes.length));
        graphSizes.push(`${hops}-hop graphs: median ${sizes.sort((a, b) => a - b)[10]} nodes (hubs summarized at 50 relations)`);
      }
      return {
        title: `Relational query — ${city.persons.toLocaleString('en-US')} persons, ${city.relations.toLocaleString('en-US')} relations (generated in ${generatedIn.toFixed(0)} s); ${SAMPLES} samples each`,
        rows: resultRows,
        notes: [...notes, ...graphSizes, 'Ratios: tRPC over HTTP (session, masking, audit log for person lookups, JSON) against the same question straight in SQL.'],
        goals: [
          { description: `search p95 ≤ ${GOALS_MS.search} ms through tRPC (${p95s.get('search')?.toFixed(1)} ms)`, met: (p95s.get('search') ?? Infinity) <= GOALS_MS.search },
          { description: `2-hop p95 ≤ ${GOALS_MS['2-hop']} ms through tRPC (${p95s.get('2-hop')?.toFixed(1)} ms)`, met: (p95s.get('2-hop') ?? Infinity) <= GOALS_MS['2-hop'] },
          { description: `3-hop p95 ≤ ${GOALS_MS['3-hop']} ms through tRPC, hubs summarized (${p95s.get('3-hop')?.toFixed(1)} ms)`, met: (p95s.get('3-hop') ?? Infinity) <= GOALS_MS['3-hop'] },
        ],
      };
    } finally {
      await server?.stop();
      await database.dispose();
      await rm(work, { recursive: true, force: true });
    }
  },
};
