// `zhijian`: the command line for stewards and operators.
import { EnvError } from '@zhijian/config';
import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit';
import { registerBatchCommands } from './commands/batch';
import { registerDatasetCommands } from './commands/dataset';
import { registerIngestCommand } from './commands/ingest';
import { registerResponsibilityCommands } from './commands/responsibility';
import { registerCheckCommand } from './commands/check';
import { registerDbCommands } from './commands/db';
import { registerDepartmentCommands } from './commands/department';
import { registerRunCommands } from './commands/run';
import { registerStartCommand } from './commands/start';
import { registerUserCommands } from './commands/user';
import { CliError } from './output';

const program = new Command('zhijian')
  .description('智监 Zhijian — supervision-data platform: one library, three systems')
  .showHelpAfterError()
  .exitOverride();

registerStartCommand(program);
registerRunCommands(program);
registerDbCommands(program);
registerDepartmentCommands(program);
registerUserCommands(program);
registerDatasetCommands(program);
registerResponsibilityCommands(program);
registerIngestCommand(program);
registerBatchCommands(program);
registerAuditCommands(program);
registerCheckCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version are "errors" with exit code 0; usage errors keep commander's code.
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError || error instanceof EnvError) {
    if (error.message) process.stderr.write(`zhijian: ${error.message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 78;
  } else {
    throw error;
  }
}
