// What a benchmark file in ./benchmarks exports, and the timing helpers they share.
// Speed is reported as a ratio against a raw baseline measured in the same run, so the
// figures mean something on any machine; goals are printed, never asserted.

export interface BenchmarkRow {
  readonly label: string;
  readonly items: number;
  /** Fastest of the timed rounds: interference from other processes only ever adds time. */
  readonly milliseconds: number;
  /** This row's time divided by the baseline's (1 for the baseline itself). */
  readonly ratio: number;
}

export interface BenchmarkGoal {
  readonly description: string;
  readonly met: boolean;
}

export interface BenchmarkReport {
  readonly title: string;
  readonly rows: readonly BenchmarkRow[];
  readonly goals: readonly BenchmarkGoal[];
  readonly notes?: readonly string[];
}

export interface Benchmark {
  readonly name: string;
  run(): BenchmarkReport | Promise<BenchmarkReport>;
}

export interface TimedCase {
  readonly label: string;
  readonly items: number;
  /** Returns something derived from every item, so the work cannot be optimized away. */
  readonly run: () => number;
}

/**
 * Times the cases in interleaved rounds (so drift in CPU frequency hits all alike)
 * after a warm-up round for the JIT; the first case is the baseline.
 */
export function timeCases(cases: readonly TimedCase[], rounds = 15): BenchmarkRow[] {
  const samples = cases.map(() => [] as number[]);
  let sink = 0;
  for (const c of cases) sink += c.run();
  for (let round = 0; round < rounds; round++) {
    cases.forEach((c, i) => {
      const start = performance.now();
      sink += c.run();
      samples[i]?.push(performance.now() - start);
    });
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  const times = samples.map((s) => Math.min(...s));
  const baseline = times[0] as number;
  return cases.map((c, i) => ({
    label: c.label,
    items: c.items,
    milliseconds: times[i] as number,
    ratio: (times[i] as number) / baseline,
  }));
}

export const perSecond = (row: BenchmarkRow): number => (row.items / row.milliseconds) * 1000;
