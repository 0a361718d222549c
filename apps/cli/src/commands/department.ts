import { appendAudit, createDepartment, DepartmentExistsError, listDepartments } from '@zhijian/auth';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

const CODE_PATTERN = /^[a-z][a-z0-9_-]{1,31}$/;

export function registerDepartmentCommands(program: Command): void {
  const department = program.command('department').description('部门 / departments');

  department
    .command('add <code> <name>')
    .description('register a department, e.g. `department add housing 市住房保障服务中心`')
    .option('--json', 'machine-readable output')
    .action(async (code: string, name: string, options: { json?: boolean }) => {
      if (!CODE_PATTERN.test(code)) throw new CliError(`部门代码须为小写字母开头的 2–32 位字母数字 / invalid department code: ${code}`);
      if (!name.trim()) throw new CliError('部门名称不能为空 / department name is empty');
      await withDatabase(async ({ db }) => {
        try {
          const created = await createDepartment(db, { code, name: name.trim() });
          await appendAudit(db, { action: 'department.create', actorUsername: 'cli', target: code, detail: { name: created.name } });
          printResult(Boolean(options.json), { code: created.code, name: created.name }, `已添加部门 / department added: ${code} ${created.name}`);
        } catch (error) {
          if (error instanceof DepartmentExistsError) throw new CliError(error.message);
          throw error;
        }
      });
    });

  department
    .command('list')
    .description('list departments')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const rows = await listDepartments(db);
        const data = rows.map(({ code, name }) => ({ code, name }));
        printResult(Boolean(options.json), data, data.map((d) => `${d.code.padEnd(16)} ${d.name}`).join('\n') || '(none)');
      });
    });
}
