import { FREQUENCIES, type Frequency } from '@zhijian/db';
import { addResponsibility, listResponsibilities, punctualityByDepartment, ResponsibilityError, UnknownDatasetError } from '@zhijian/ingest';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { appendAudit } from '@zhijian/auth';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

export function registerResponsibilityCommands(program: Command): void {
  const responsibility = program.command('responsibility').description('数据提供责任清单 / the data-responsibility list');

  responsibility
    .command('add')
    .description('make a department responsible for delivering a dataset')
    .requiredOption('--department <code>', 'the providing department')
    .requiredOption('--dataset <code>', 'the standard dataset, e.g. housing.rental_subsidy')
    .addOption(new Option('--frequency <f>', 'how often it is delivered').choices(FREQUENCIES).makeOptionMandatory())
    .option('--due-day <n>', 'day of the following period by which it is due (monthly default 10)', (v) => parsePositive(v))
    .option('--json', 'machine-readable output')
    .action(async (options: { department: string; dataset: string; frequency: Frequency; dueDay?: number; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        try {
          const row = await addResponsibility(db, { departmentCode: options.department, datasetCode: options.dataset, frequency: options.frequency, dueDay: options.dueDay ?? null });
          await appendAudit(db, { action: 'responsibility.set', actorUsername: 'cli', target: `${options.department}/${options.dataset}`, detail: { frequency: options.frequency, dueDay: options.dueDay ?? null } });
          const data = { id: row.id, department: row.departmentCode, dataset: row.datasetCode, frequency: row.frequency, dueDay: row.dueDay };
          printResult(Boolean(options.json), data, `已登记 / responsibility set: ${data.department} → ${data.dataset} (${data.frequency}${data.dueDay ? `, due day ${data.dueDay}` : ''})`);
        } catch (error) {
          if (error instanceof ResponsibilityError || error instanceof UnknownDatasetError) throw new CliError(error.message);
          throw error;
        }
      });
    });

  responsibility
    .command('list')
    .description('every responsibility with its last delivery, next due date and overdue flag')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const rows = await listResponsibilities(db);
        const human = rows
          .map((r) => `${r.overdue ? '逾期 OVERDUE' : '           '}  ${r.departmentCode.padEnd(12)} ${r.datasetCode.padEnd(30)} ${r.frequency.padEnd(9)} next due ${r.nextDueDate ?? '-'}  last ${r.lastDeliveryAt?.slice(0, 10) ?? '-'}`)
          .join('\n');
        printResult(Boolean(options.json), rows, human || '(none)');
      });
    });

  registerPunctualityCommand(responsibility);
}

function registerPunctualityCommand(responsibility: Command): void {
  responsibility
    .command('punctuality')
    .description('按时率: per department, the share of its responsibilities not overdue today')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const rows = punctualityByDepartment(await listResponsibilities(db));
        const human = rows.map((r) => `${r.departmentCode.padEnd(12)} ${(r.score * 100).toFixed(1).padStart(6)}%  overdue ${r.overdue}/${r.responsibilities}  ${r.departmentName}`).join('\n');
        printResult(Boolean(options.json), rows, human || '(none)');
      });
    });
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new InvalidArgumentError('a whole number from 1 to 366');
  return n;
}
