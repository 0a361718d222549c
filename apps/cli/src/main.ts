// `zhijian`: the command line for stewards and operators.
import { EnvError } from '@zhijian/config';
import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit';
import { registerBatchCommands } from './commands/batch';
import { registerDatasetCommands } from './commands/dataset';
import { registerGenCommand } from './commands/gen';
import { registerIngestCommand } from './commands/ingest';
import { registerCaseCommands } from './commands/cases';
import { registerModelCommands } from './commands/models';
import { registerWarningCommands } from './commands/warnings';
import { registerQueryCommands } from './commands/query';
import { registerResponsibilityCommands } from './commands/responsibility';
import { registerReviewCommands } from './commands/review';
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
registerModelCommands(program);
registerWarningCommands(program);
registerCaseCommands(program);
registerResponsibilityCommands(program);
registerIngestCommand(program);
registerGenCommand(program);
registerBatchCommands(program);
registerReviewCommands(program);
registerAuditCommands(program);
registerCheckCommand(program);
registerQueryCommands(program);

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
