// `zhijian warnings …`: the warnings the models raised, with their evidence and lineage.
import { WARNING_STATUSES, type WarningStatus } from '@zhijian/db';
import { getWarning, listWarnings, type WarningView } from '@zhijian/warning';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

export function registerWarningCommands(program: Command): void {
  const warnings = program.command('warnings').description('预警 / warnings raised by the models');

  warnings
    .command('list')
    .description('warnings, newest first')
    .option('--model <code>', 'only this model')
    .option('--status <status>', `only this status (${WARNING_STATUSES.join(', ')})`)
    .option('--limit <n>', 'at most this many', '1000')
    .option('--json', 'machine-readable output: a JSON array')
    .action(async (options: { model?: string; status?: string; limit: string; json?: boolean }) => {
      if (options.status && !(WARNING_STATUSES as readonly string[]).includes(options.status)) {
        throw new CliError(`未知状态 / unknown status "${options.status}"; one of ${WARNING_STATUSES.join(', ')}`);
      }
      await withDatabase(async (handle) => {
        const { items, total } = await listWarnings(handle, {
          model: options.model,
          status: options.status as WarningStatus | undefined,
          limit: Number(options.limit) || 1000,
        });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(items)}\n`);
          return;
        }
        process.stdout.write(`${items.map(line).join('\n') || '(none)'}\n`);
        if (total > items.length) process.stdout.write(`… ${total - items.length} more (--limit)\n`);
      });
    });

  warnings
    .command('show <id>')
    .description('one warning with its evidence: dataset, batch, file and row of every source record')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { json?: boolean }) => {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CliError(`不是有效的预警编号 / not a warning id: ${id}`);
      await withDatabase(async (handle) => {
        const warning = await getWarning(handle, id);
        if (!warning) throw new CliError(`预警不存在 / warning not found: ${id}`);
        const evidence = warning.evidence.map((e) => `  ${e.dataset.padEnd(28)} ${e.fileName ?? e.batchId} row ${e.row}  ${e.validFrom ?? ''}–${e.validTo ?? ''}`);
        printResult(Boolean(options.json), warning, [line(warning), ...evidence].join('\n'));
      });
    });
}

function line(w: WarningView): string {
  const amount = w.amount === null ? '' : `  ¥${(w.amount / 100).toFixed(2)}`;
  return `${w.id}  ${w.status.padEnd(9)} ${w.model.padEnd(36)} ${w.subject.type}:${w.subject.key} ${w.subject.name ?? ''}${amount}`;
}
