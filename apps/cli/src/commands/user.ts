import { appendAudit, createUser, UserInputError } from '@zhijian/auth';
import { ROLES, type Role } from '@zhijian/db';
import { Option, type Command } from 'commander';
import { CliError, printResult } from '../output';
import { promptPassword } from '../prompt';
import { withDatabase } from '../services';

interface UserAddOptions {
  role: Role[];
  department: string;
  password?: string;
  displayName?: string;
  json?: boolean;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('用户 / users');

  user
    .command('add <username>')
    .description('create a user in a department with one or more roles')
    .addOption(new Option('--role <role...>', 'one or more roles').choices(ROLES).makeOptionMandatory())
    .requiredOption('--department <code>', 'the department the user belongs to')
    .option('--password <password>', 'the password (prompted for when omitted)')
    .option('--display-name <name>', 'name shown in the web apps')
    .option('--json', 'machine-readable output')
    .action(async (username: string, options: UserAddOptions) => {
      const password = options.password ?? (await askPassword());
      await withDatabase(async ({ db }) => {
        try {
          const created = await createUser(db, {
            username,
            password,
            displayName: options.displayName,
            departmentCode: options.department,
            roles: options.role,
          });
          await appendAudit(db, { action: 'user.create', actorUsername: 'cli', target: created.username, detail: { roles: created.roles, department: created.departmentCode } });
          printResult(Boolean(options.json), created, `已创建用户 / user created: ${created.username} (${created.roles.join(', ')}) @ ${created.departmentCode}`);
        } catch (error) {
          if (error instanceof UserInputError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('没有终端可输入密码，请使用 --password / no terminal to prompt on: pass --password');
  const first = await promptPassword('密码 / password: ');
  const second = await promptPassword('再次输入 / repeat: ');
  if (first !== second) throw new CliError('两次输入的密码不一致 / passwords do not match');
  return first;
}
