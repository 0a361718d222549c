// `zhijian gen`: writes a synthetic city's feeds (every department's files, as each sends
// them) and truth.json — the expected rejects and warnings — into a directory.
import path from 'node:path';
import { DEFAULT_AS_OF, generateCity, type GenerateProgress, MAX_PERSONS, MIN_PERSONS } from '@zhijian/gen';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';

interface GenOptions {
  out: string;
  persons: string;
  seed: string;
  asOf?: string;
  json?: boolean;
}

export function registerGenCommand(program: Command): void {
  program
    .command('gen')
    .description('generate a synthetic city (Changde, 430700): every feed plus truth.json with the expected rejects and warnings')
    .requiredOption('--out <dir>', 'directory for the feeds and truth.json')
    .option('--persons <n>', `population, ${MIN_PERSONS} to ${MAX_PERSONS}`, '20000')
    .option('--seed <s>', 'seed: the same seed, persons and --as-of give byte-identical files', '1')
    .option('--as-of <date>', `the feeds' date, YYYY-MM-DD (default ${DEFAULT_AS_OF})`)
    .option('--json', 'print the summary as JSON')
    .action(async (options: GenOptions) => {
      const persons = Number(options.persons);
      const seed = Number(options.seed);
      if (!Number.isInteger(persons) || persons < MIN_PERSONS || persons > MAX_PERSONS) {
        throw new CliError(`--persons 须为 ${MIN_PERSONS}–${MAX_PERSONS} 的整数 / --persons must be an integer from ${MIN_PERSONS} to ${MAX_PERSONS}`);
      }
      if (!Number.isInteger(seed) || seed < 0) throw new CliError('--seed 须为非负整数 / --seed must be a non-negative integer');
      if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new CliError('--as-of 须为 YYYY-MM-DD / --as-of must be YYYY-MM-DD');

      const out = path.resolve(options.out);
      const started = performance.now();
      const showProgress = (p: GenerateProgress) => {
        process.stderr.write(`\r[gen] ${p.phase.padEnd(11)} persons ${p.persons.toLocaleString('en')} / ${p.total.toLocaleString('en')}   `);
      };
      const truth = await generateCity({ out, persons, seed, asOf: options.asOf, onProgress: showProgress });
      process.stderr.write('\n');
      const seconds = (performance.now() - started) / 1000;
      const summary = {
        out,
        persons: truth.persons,
        seed,
        asOf: truth.asOf,
        seconds: Number(seconds.toFixed(1)),
        feeds: truth.feeds.map((f) => ({ file: f.file, dataset: f.dataset, rows: f.rows, expectedRejects: f.expectedRejects })),
        warnings: truth.warnings.length,
        nearMisses: truth.nearMisses.length,
      };
      const lines = [
        ...truth.feeds.map((f) => `  ${f.file.padEnd(36)} ${f.dataset.padEnd(28)} ${String(f.rows).padStart(9)} rows, ${f.expectedRejects} bad`),
        `已生成 / generated ${truth.persons.toLocaleString('en')} persons in ${seconds.toFixed(1)} s → ${out}`,
        `truth.json: ${truth.warnings.length} expected warnings, ${truth.nearMisses.length} near-misses`,
      ];
      printResult(options.json === true, summary, lines.join('\n'));
    });
}
