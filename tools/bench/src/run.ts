// Runs every benchmark in ./benchmarks (a file exporting `benchmark`) and prints a table
// per benchmark. `tsx tools/bench/src/run.ts resident-id` runs only the named ones.
// Goals are reported, not enforced: timings depend on the machine.
import { readdirSync } from 'node:fs';
import { perSecond, type Benchmark, type BenchmarkReport } from './benchmark';

const benchmarksDir = new URL('./benchmarks/', import.meta.url);

async function loadBenchmarks(): Promise<Benchmark[]> {
  const loaded: Benchmark[] = [];
  for (const file of readdirSync(benchmarksDir).filter((f) => f.endsWith('.ts')).sort()) {
    const module = (await import(new URL(file, benchmarksDir).href)) as { benchmark?: Benchmark };
    if (module.benchmark) loaded.push(module.benchmark);
  }
  return loaded;
}

const formatInteger = (n: number): string => Math.round(n).toLocaleString('en-US');

function renderTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function printReport(report: BenchmarkReport): void {
  console.log(`\n## ${report.title}\n`);
  console.log(
    renderTable(
      ['case', 'items', 'best ms', 'items/s', '× baseline'],
      report.rows.map((row) => [
        row.label,
        formatInteger(row.items),
        row.milliseconds.toFixed(1),
        formatInteger(perSecond(row)),
        `${row.ratio.toFixed(2)}×`,
      ]),
      [false, true, true, true, true],
    ),
  );
  for (const note of report.notes ?? []) console.log(`\n${note}`);
  console.log('');
  for (const goal of report.goals) console.log(`${goal.met ? '✓ met' : '✗ not met'}: ${goal.description}`);
}

const only = process.argv.slice(2);
const benchmarks = (await loadBenchmarks()).filter((b) => only.length === 0 || only.includes(b.name));
console.log(`node ${process.version}, ${process.arch}; ${benchmarks.length} benchmark(s)`);
for (const benchmark of benchmarks) printReport(await benchmark.run());
