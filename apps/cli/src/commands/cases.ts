// `zhijian cases …` / `zhijian rounds …` / `zhijian webhooks …`: the closed loop from the shell.
// Actions are taken as a named user (`--as`), so the state machine checks the same roles and
// department the web app would, and the audit log names that user.
import { appendAudit } from '@zhijian/auth';
import {
  addAttachment,
  CASE_ACTIONS,
  caseMetrics,
  type CaseAction,
  type CaseUser,
  checkCaseDeadlines,
  createRound,
  deliverDueWebhooks,
  getCase,
  listCases,
  openCase,
  recordCallback,
  setWebhook,
  transitionCase,
  TransitionError,
  WebhookError,
} from '@zhijian/casework';
import { CASE_STATUSES, type CaseStatus, type DbHandle, SATISFACTIONS, type Satisfaction } from '@zhijian/db';
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '../paths';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

async function userNamed(handle: DbHandle, username: string): Promise<CaseUser> {
  const { rows } = await handle.pool.query<{ id: string; roles: CaseUser['roles']; department_id: string }>(
    'select id, roles::text[] as roles, department_id from users where username = lower($1) and not disabled',
    [username],
  );
  const user = rows[0];
  if (!user) throw new CliError(`用户不存在 / no such user: ${username}`);
  return { id: user.id, username: username.toLowerCase(), roles: user.roles, departmentId: user.department_id };
}

function asCliError(error: unknown): never {
  if (error instanceof TransitionError || error instanceof WebhookError || (error instanceof Error && /case not found/.test(error.message))) throw new CliError(error.message);
  throw error;
}

export function registerCaseCommands(program: Command): void {
  const cases = program.command('cases').description('案件 / the closed loop: push, verify, rectify, close');

  cases
    .command('list')
    .description('cases, newest first (as --as sees them; default: every case)')
    .option('--status <status>', `one of ${CASE_STATUSES.join(', ')}`)
    .option('--overdue', 'only overdue cases')
    .option('--as <username>', 'list as this user (a handler sees only their department)')
    .option('--json', 'machine-readable output')
    .action(async (options: { status?: string; overdue?: boolean; as?: string; json?: boolean }) => {
      if (options.status && !(CASE_STATUSES as readonly string[]).includes(options.status)) throw new CliError(`未知状态 / unknown status: ${options.status}`);
      await withDatabase(async (handle) => {
        const user = options.as ? await userNamed(handle, options.as) : { id: null, username: 'cli', roles: ['admin' as const], departmentId: '' };
        const { items, total } = await listCases(handle, { status: options.status as CaseStatus | undefined, overdue: options.overdue, pageSize: 200 }, user);
        const human = items.map((c) => `${c.caseNo}  ${c.status.padEnd(10)} ${(c.departmentCode ?? '-').padEnd(10)} ${c.overdue ? '逾期 ' : ''}${c.title}  (${c.id})`).join('\n');
        printResult(Boolean(options.json), { total, items }, human || '(none)');
      });
    });

  cases
    .command('show <id>')
    .description('one case with its history')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { json?: boolean }) => {
      await withDatabase(async (handle) => {
        const found = await getCase(handle, id, { id: null, username: 'cli', roles: ['admin'], departmentId: '' }).catch(asCliError);
        const lines = [`${found.caseNo}  ${found.status}  ${found.title}`, ...found.events.map((e) => `  ${new Date(e.at).toISOString()}  ${e.actor.padEnd(16)} ${e.action ?? e.type}${e.reason ? `  ${e.reason}` : ''}`)];
        printResult(Boolean(options.json), found, lines.join('\n'));
      });
    });

  cases
    .command('open')
    .description('open a case from a warning, a 12345 ticket, or by hand')
    .requiredOption('--as <username>', 'the supervisor opening it')
    .option('--warning <id>', 'from this warning')
    .option('--ticket <ticketNo>', 'a 12345 ticket under listed supervision')
    .option('--title <text>', 'by hand, with this title')
    .option('--json', 'machine-readable output')
    .action(async (options: { as: string; warning?: string; ticket?: string; title?: string; json?: boolean }) => {
      const input = options.warning
        ? ({ source: 'warning', warningId: options.warning } as const)
        : options.ticket
          ? ({ source: 'hotline', ticketNo: options.ticket } as const)
          : options.title
            ? ({ source: 'manual', title: options.title } as const)
            : null;
      if (!input) throw new CliError('须指定 --warning、--ticket 或 --title / give --warning, --ticket or --title');
      await withDatabase(async (handle) => {
        const user = await userNamed(handle, options.as);
        if (!user.roles.some((r) => r === 'admin' || r === 'supervisor')) throw new CliError('只有监督人员可以立案 / only a supervisor opens cases');
        const opened = await openCase(handle, input, user).catch(asCliError);
        await appendAudit(handle.db, { action: 'case.open', actorUserId: user.id, actorUsername: user.username, target: opened.id, detail: { ...input, via: 'cli' } });
        printResult(Boolean(options.json), opened, `${opened.created ? '已立案 / opened' : '已有案件 / already a case'}: ${opened.caseNo} (${opened.id})`);
      });
    });

  cases
    .command('act <id> <action>')
    .description(`take an action: ${CASE_ACTIONS.join(', ')}`)
    .requiredOption('--as <username>', 'the user acting (roles and department are checked)')
    .option('--reason <text>', 'the reason or finding (required for return, confirm, dismiss, rectified, send_back, reopen)')
    .option('--department <code>', 'push: the responsible department')
    .option('--due <iso>', 'push: the deadline (default by case type)')
    .option('--funds <yuan>', 'rectified: funds recovered or returned, in yuan')
    .option('--attach <file...>', 'attach files first (rectification evidence)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, action: string, options: { as: string; reason?: string; department?: string; due?: string; funds?: string; attach?: string[]; json?: boolean }) => {
      if (!(CASE_ACTIONS as readonly string[]).includes(action)) throw new CliError(`未知操作 / unknown action "${action}"; one of ${CASE_ACTIONS.join(', ')}`);
      const funds = options.funds === undefined ? undefined : Math.round(Number(options.funds) * 100);
      if (funds !== undefined && !(Number.isFinite(funds) && funds >= 0)) throw new CliError(`金额无效 / invalid amount: ${options.funds}`);
      await withDatabase(async (handle) => {
        const user = await userNamed(handle, options.as);
        for (const file of options.attach ?? []) {
          await addAttachment(handle, dataDir(), id, { fileName: path.basename(file), content: await readFile(file) }, user).catch(asCliError);
        }
        const status = await transitionCase(handle, id, action as CaseAction, { reason: options.reason, departmentCode: options.department, dueAt: options.due, fundsRecovered: funds }, user).catch(asCliError);
        await appendAudit(handle.db, { action: `case.${action}`, actorUserId: user.id, actorUsername: user.username, target: id, detail: { reason: options.reason, via: 'cli', status } });
        printResult(Boolean(options.json), { id, status }, `${action} → ${status}`);
      });
    });

  cases
    .command('callback <id>')
    .description('回访: record the citizen’s satisfaction after closing')
    .requiredOption('--as <username>', 'the supervisor recording it')
    .requiredOption('--satisfaction <s>', SATISFACTIONS.join(' | '))
    .option('--note <text>', 'what the citizen said')
    .option('--reopen', 'unsatisfied: send the case back to rectification')
    .action(async (id: string, options: { as: string; satisfaction: string; note?: string; reopen?: boolean }) => {
      if (!(SATISFACTIONS as readonly string[]).includes(options.satisfaction)) throw new CliError(`满意度须为 / satisfaction must be one of ${SATISFACTIONS.join(', ')}`);
      await withDatabase(async (handle) => {
        const user = await userNamed(handle, options.as);
        const result = await recordCallback(handle, id, { satisfaction: options.satisfaction as Satisfaction, note: options.note, reopen: options.reopen }, user).catch(asCliError);
        await appendAudit(handle.db, { action: 'case.callback', actorUserId: user.id, actorUsername: user.username, target: id, detail: { satisfaction: options.satisfaction, via: 'cli' } });
        process.stdout.write(`回访已记录 / callback recorded: ${result.status}\n`);
      });
    });

  cases
    .command('metrics')
    .description('completion, on-time and satisfaction rates, funds recovered (definitions in README)')
    .option('--group-by <g>', 'none | department | model | round | month', 'none')
    .option('--round <id>', 'one round only')
    .option('--from <date>', 'pushed on or after (YYYY-MM-DD)')
    .option('--to <date>', 'pushed on or before (YYYY-MM-DD)')
    .option('--json', 'machine-readable output')
    .action(async (options: { groupBy: string; round?: string; from?: string; to?: string; json?: boolean }) => {
      if (!['none', 'department', 'model', 'round', 'month'].includes(options.groupBy)) throw new CliError(`未知分组 / unknown --group-by ${options.groupBy}`);
      await withDatabase(async (handle) => {
        const rows = await caseMetrics(handle, { groupBy: options.groupBy as 'none', roundId: options.round, from: options.from, to: options.to });
        const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);
        const human = rows
          .map((r) => `${(r.label ?? '全部').padEnd(20)} 交办 ${r.assigned}  办结 ${r.concluded} (${pct(r.completionRate)})  按期 ${pct(r.onTimeRate)}  逾期 ${r.overdue}  满意 ${pct(r.satisfactionRate)}  追回 ¥${(r.fundsRecovered / 100).toFixed(2)}`)
          .join('\n');
        printResult(Boolean(options.json), rows, human || '(no cases)');
      });
    });

  cases
    .command('check-deadlines')
    .description('send reminders and escalate overdue cases now (the worker does this daily)')
    .action(async () => {
      await withDatabase(async (handle) => {
        const result = await checkCaseDeadlines(handle);
        process.stdout.write(`reminded ${result.reminded}, escalated ${result.escalated}\n`);
      });
    });

  const rounds = program.command('rounds').description('轮次 / assign a batch of tickets or warnings in one round');
  rounds
    .command('create <items.json>')
    .description('items.json: [{"ticketNo": "…" | "warningId": "…", "departmentCode": "…"}]')
    .requiredOption('--as <username>', 'the supervisor assigning')
    .requiredOption('--name <name>', 'the round’s name, e.g. 第一轮')
    .requiredOption('--due <iso>', 'the deadline for every item')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: { as: string; name: string; due: string; json?: boolean }) => {
      let items: unknown;
      try {
        items = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new CliError(`无法读取 / cannot read ${file}: ${(error as Error).message}`);
      }
      if (!Array.isArray(items)) throw new CliError('items.json 须为数组 / items.json must be an array');
      await withDatabase(async (handle) => {
        const user = await userNamed(handle, options.as);
        const created = await createRound(handle, { name: options.name, dueAt: options.due, items }, user).catch(asCliError);
        await appendAudit(handle.db, { action: 'round.create', actorUserId: user.id, actorUsername: user.username, target: created.roundId, detail: { name: options.name, items: items.length, via: 'cli' } });
        printResult(Boolean(options.json), created, `轮次已建 / round created: ${created.roundId} (${created.caseIds.length} cases)`);
      });
    });

  const webhooks = program.command('webhooks').description('部门回调 / a department’s webhook for case events');
  webhooks
    .command('set <department> <url>')
    .description('register (or replace) the department’s endpoint; prints the signing secret')
    .action(async (department: string, url: string) => {
      await withDatabase(async (handle) => {
        const { secret } = await setWebhook(handle, { departmentCode: department, url }).catch(asCliError);
        await appendAudit(handle.db, { action: 'webhook.set', actorUsername: 'cli', target: department, detail: { url } });
        process.stdout.write(`已登记 / registered; HMAC-SHA256 secret: ${secret}\n`);
      });
    });
  webhooks
    .command('deliver')
    .description('send due deliveries now (the worker does this every minute)')
    .action(async () => {
      await withDatabase(async (handle) => {
        const result = await deliverDueWebhooks(handle);
        process.stdout.write(`delivered ${result.delivered}, retrying ${result.retrying}, failed ${result.failed}\n`);
      });
    });
}
