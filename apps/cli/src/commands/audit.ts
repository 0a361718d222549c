import { verifyAuditChain } from '@zhijian/auth';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('审计日志 / audit log');
  audit
    .command('verify')
    .description('check the hash chain of the audit log; names the first altered row')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const result = await withDatabase(({ db }) => verifyAuditChain(db));
      if (result.ok) {
        printResult(Boolean(options.json), result, `审计日志完整 / audit log intact: ${result.checked} rows verified`);
        return;
      }
      const what = result.reason === 'hash' ? 'its content does not match its hash' : 'it does not link to the row before it';
      if (options.json) {
        printResult(true, result, '');
        throw new CliError('', 1);
      }
      throw new CliError(`审计日志被篡改 / audit log broken at row seq=${result.firstBadSeq}: ${what} (${result.checked} rows before it are intact)`);
    });
}
