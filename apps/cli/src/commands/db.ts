import { createDb, migrate } from '@zhijian/db';
import { registerBuiltInDatasets } from '@zhijian/ingest';
import { registerBuiltInModels } from '@zhijian/warning';
import type { Command } from 'commander';
import { printResult } from '../output';
import { resolveDatabase } from '../services';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('数据库 / database maintenance');
  db.command('migrate')
    .description('apply the committed migrations to DATABASE_URL (or the embedded database)')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const database = await resolveDatabase();
      try {
        await migrate(database.url);
        const handle = createDb(database.url, { max: 1, applicationName: 'zhijian-cli' });
        await registerBuiltInDatasets(handle.db)
          .then(() => registerBuiltInModels(handle.db))
          .finally(() => handle.close());
        printResult(Boolean(options.json), { ok: true, embedded: database.embedded }, '数据库已迁移到最新 / database migrated');
      } finally {
        await database.stop();
      }
    });
}
