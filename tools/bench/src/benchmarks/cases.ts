// Case lists at scale: 100,000 cases built with set-based SQL across departments, statuses and
// deadlines; the paginated, filtered, sorted lists the warning app asks for, timed through the
// casework library, against a bare indexed `select … limit 20` on the same table.
import { type CaseUser, listCases } from '@zhijian/casework';
import type { Benchmark, BenchmarkReport } from '../benchmark';
import { createBenchDatabase } from '../bench-database';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);

async function percentile95(rounds: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(rounds * 0.5)] as number, p95: times[Math.floor(rounds * 0.95)] as number };
}

export const benchmark: Benchmark = {
  name: 'cases',
  async run(): Promise<BenchmarkReport> {
    const database = await createBenchDatabase();
    try {
      const { pool } = database.handle;
      await pool.query(`insert into departments (code, name) select 'd' || g, '部门' || g from generate_series(1, 20) g`);
      await pool.query(
        `insert into cases (case_no, source, title, status, department_id, due_at, pushed_at, created_at, concluded_at)
         select 'AJ2026-' || lpad(g::text, 6, '0'), case when g % 3 = 0 then 'hotline' else 'warning' end, '案件' || g,
           (array['pushed','verifying','confirmed','rectifying','rectified','closed','dismissed'])[1 + g % 7],
           (select id from departments order by code offset (g % 20) limit 1),
           now() + make_interval(days => (g % 60) - 30), now() - make_interval(days => g % 90), now() - make_interval(days => g % 90),
           case when g % 7 >= 5 then now() - make_interval(days => g % 30) end
         from generate_series(1, ${CASES}) g`,
      );
      await pool.query('analyze cases');
      const { rows } = await pool.query<{ id: string }>(`select id from departments where code = 'd7'`);
      const supervisor: CaseUser = { id: null, username: 'bench', roles: ['supervisor'], departmentId: 'none' };
      const handler: CaseUser = { id: null, username: 'bench', roles: ['handler'], departmentId: rows[0]?.id ?? '' };
      const rounds = 60;
      const baseline = await percentile95(rounds, () => pool.query('select id, case_no, status from cases order by created_at desc limit 20'));
      const cases = [
        { label: 'supervisor: newest first, page 1', run: () => listCases(database.handle, {}, supervisor) },
        { label: 'supervisor: overdue, by deadline', run: () => listCases(database.handle, { overdue: true, sort: 'dueAt', order: 'asc' }, supervisor) },
        { label: 'supervisor: status filter, page 50', run: () => listCases(database.handle, { status: 'rectifying', page: 50 }, supervisor) },
        { label: 'handler: own department, by deadline', run: () => listCases(database.handle, { sort: 'dueAt', order: 'asc' }, handler) },
      ];
      const measured = [];
      for (const c of cases) measured.push({ label: c.label, ...(await percentile95(rounds, c.run)) });
      const worst = Math.max(...measured.map((m) => m.p95));
      return {
        title: `Case lists on ${CASES.toLocaleString('en-US')} cases (p95 of ${rounds} calls each; count + page)`,
        rows: [
          { label: 'bare indexed page query (baseline, p95)', items: 20, milliseconds: baseline.p95, ratio: 1 },
          ...measured.map((m) => ({ label: `${m.label} (p95)`, items: 20, milliseconds: m.p95, ratio: m.p95 / baseline.p95 })),
        ],
        notes: measured.map((m) => `${m.label}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms`),
        goals: [{ description: 'every list answers in under 200 ms (p95) with 100,000 cases', met: worst < 200 }],
      };
    } finally {
      await database.dispose();
    }
  },
};
