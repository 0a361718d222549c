import { batchRejects, BatchStateError, getBatch, listBatches } from '@zhijian/ingest';
import { appendAudit } from '@zhijian/auth';
import { rollbackDelivery } from '@zhijian/feeds';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function batchId(value: string): string {
  if (!UUID.test(value)) throw new CliError(`不是有效的批次号 / not a batch id: ${value}`);
  return value;
}

export function registerBatchCommands(program: Command): void {
  const batch = program.command('batch').description('批次 / delivered batches');

  batch
    .command('list')
    .description('recent batches, newest first')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const rows = await listBatches(db);
        const human = rows
          .map((b) => `${b.id}  ${b.status.padEnd(11)} ${b.departmentCode.padEnd(10)} ${b.datasetCode.padEnd(28)} read ${b.rowsRead} loaded ${b.rowsLoaded} rejected ${b.rowsRejected}  ${b.fileName}`)
          .join('\n');
        printResult(Boolean(options.json), rows, human || '(none)');
      });
    });

  batch
    .command('show <id>')
    .description('one batch with its quality report; --rejects lists the rejected rows and why')
    .option('--rejects', 'include the rejected rows')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { rejects?: boolean; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const found = await getBatch(db, batchId(id));
        if (!found) throw new CliError(`批次不存在 / batch not found: ${id}`);
        const rejects = options.rejects ? await batchRejects(db, id, { limit: 100_000 }) : undefined;
        const lines = [
          `batch ${found.id}  ${found.status}`,
          `  dataset ${found.datasetCode} v${found.datasetVersion}  department ${found.departmentCode}  file ${found.fileName} (${found.fileSize} bytes)`,
          `  rows read ${found.rowsRead}, loaded ${found.rowsLoaded}, rejected ${found.rowsRejected}`,
          ...(found.error ? [`  error: ${found.error}`] : []),
          ...(rejects ?? []).map((r) => `  row ${r.rowNumber}: ${r.errors.map((e) => `${e.field} ${e.code} ${e.message}`).join('; ')}`),
        ];
        printResult(Boolean(options.json), { ...found, ...(rejects ? { rejects } : {}) }, lines.join('\n'));
      });
    });

  batch
    .command('rollback <id>')
    .description('take the batch’s facts out of the library (the batch and its rejects stay on record)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { json?: boolean }) => {
      await withDatabase(async (handle) => {
        try {
          const result = await rollbackDelivery(handle, batchId(id));
          await appendAudit(handle.db, { action: 'batch.rollback', actorUsername: 'cli', target: id, detail: result });
          printResult(Boolean(options.json), { batchId: id, ...result }, `已回滚 / rolled back: ${id} (${result.recordsRemoved} records removed)`);
        } catch (error) {
          if (error instanceof BatchStateError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}
