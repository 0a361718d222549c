import { readFile } from 'node:fs/promises';
import { appendAudit } from '@zhijian/auth';
import { addDataset, DatasetSpecError, listDatasetSpecs } from '@zhijian/ingest';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

export function registerDatasetCommands(program: Command): void {
  const dataset = program.command('dataset').description('标准数据集 / the catalogue of standard datasets');

  dataset
    .command('list')
    .description('every dataset with its version and fields')
    .option('--json', 'machine-readable output (full specs)')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const specs = await listDatasetSpecs(db);
        const human = specs
          .map((spec) => `${spec.code.padEnd(30)} v${spec.version}  ${spec.name.zh}  [${spec.fields.map((f) => (f.required ? `${f.name}*` : f.name)).join(', ')}]`)
          .join('\n');
        printResult(Boolean(options.json), specs, human);
      });
    });

  dataset
    .command('add <spec.json>')
    .description('register a new dataset, or a new version of one, from a JSON spec')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: { json?: boolean }) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new CliError(`无法读取数据集定义 / cannot read the spec: ${error instanceof Error ? error.message : String(error)}`);
      }
      await withDatabase(async ({ db }) => {
        try {
          const created = await addDataset(db, json);
          await appendAudit(db, { action: 'dataset.add', actorUsername: 'cli', target: `${created.code}@${created.version}` });
          printResult(Boolean(options.json), created, `已登记数据集 / dataset registered: ${created.code} v${created.version}`);
        } catch (error) {
          if (error instanceof DatasetSpecError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}
