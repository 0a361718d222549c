// `zhijian models …`: list the warning models, run them through the worker, switch them on
// and off, change parameters, add versions and backtest — what an admin does in the
// warning app, from the shell.
import { appendAudit } from '@zhijian/auth';
import { createDb } from '@zhijian/db';
import { createQueues, createRedisConnection, enqueue } from '@zhijian/jobs';
import {
  addModelVersion,
  backtestModel,
  getModel,
  listModels,
  listRuns,
  ModelChangeError,
  ModelNotFoundError,
  modelSummary,
  type RunSummary,
  setModelEnabled,
  setModelParams,
} from '@zhijian/warning';
import type { Queue } from 'bullmq';
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { cliEnv } from '../env';
import { CliError, printResult } from '../output';
import { resolveDatabase, resolveRedis, withDatabase } from '../services';

export function registerModelCommands(program: Command): void {
  const models = program.command('models').description('预警模型 / warning models');

  models
    .command('list')
    .description('every model with its version, state and parameters')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async (handle) => {
        const rows = (await listModels(handle.db)).map((m) => {
          const summary = modelSummary(m);
          // The CLI prints parameters as name → value, the form `models set-params` takes.
          return { ...summary, params: Object.fromEntries(summary.params.map((p) => [p.name, p.value])) };
        });
        const human = rows
          .map((m) => `${m.enabled ? '●' : '○'} ${m.code.padEnd(36)} v${m.version}  ${m.severity.padEnd(6)} ${m.name.zh}${Object.keys(m.params).length ? `  ${JSON.stringify(m.params)}` : ''}`)
          .join('\n');
        printResult(Boolean(options.json), rows, human);
      });
    });

  models
    .command('run')
    .description('run every enabled model (or one) in the worker')
    .option('--model <code>', 'only this model')
    .option('--as-of <date>', 'judge the data as of this date (YYYY-MM-DD)')
    .option('--wait', 'wait for the run to finish (needs a running worker)')
    .option('--json', 'machine-readable output')
    .action(async (options: { model?: string; asOf?: string; wait?: boolean; json?: boolean }) => {
      const database = await resolveDatabase();
      const redis = await resolveRedis();
      const handle = createDb(database.url, { max: 2, applicationName: 'zhijian-cli' });
      const connection = createRedisConnection(redis.url);
      const queues = createQueues(connection, cliEnv().QUEUE_PREFIX);
      try {
        if (options.model) await getModel(handle.db, options.model).catch(asCliError);
        if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new CliError('--as-of 须为 YYYY-MM-DD / must be YYYY-MM-DD');
        if (options.wait && (await queues.get('warning').getWorkersCount()) === 0) {
          throw new CliError('没有正在运行的 worker / no worker is running: start one with `npx zhijian worker` (or `npm start`), then run this again');
        }
        const job = await enqueue(queues, 'warning.run', {
          trigger: 'manual',
          ...(options.model ? { models: [options.model] } : {}),
          ...(options.asOf ? { asOf: options.asOf } : {}),
        });
        await appendAudit(handle.db, { action: 'model.run', actorUsername: 'cli', target: options.model ?? '*', detail: { jobId: job.id } });
        if (!options.wait) {
          printResult(Boolean(options.json), { jobId: job.id, status: 'queued' }, `已排队 / queued: job ${job.id}`);
          return;
        }
        const runs = await waitForRuns(queues.get('warning'), job.id as string);
        printResult(
          Boolean(options.json),
          runs,
          runs
            .map((r) => `${r.status === 'succeeded' ? '✓' : '✗'} ${r.model.padEnd(36)} compared ${r.rowsCompared}, hits ${r.hits}, new ${r.newWarnings}, updated ${r.updatedWarnings}, ${r.durationMs} ms${r.error ? `  ${r.error}` : ''}`)
            .join('\n') || '(no enabled model)',
        );
        if (runs.some((r) => r.status === 'failed')) process.exitCode = 1;
      } finally {
        await queues.close();
        connection.disconnect();
        await handle.close();
        await redis.stop();
        await database.stop();
      }
    });

  models
    .command('runs')
    .description('recent runs: version, parameters, duration, rows compared, hits')
    .option('--model <code>', 'only this model')
    .option('--json', 'machine-readable output')
    .action(async (options: { model?: string; json?: boolean }) => {
      await withDatabase(async (handle) => {
        const runs = await listRuns(handle, { model: options.model });
        const human = runs.map((r) => `${r.startedAt}  ${r.model.padEnd(36)} v${r.version} ${r.trigger.padEnd(8)} ${r.status.padEnd(9)} hits ${r.hits ?? '-'}  ${r.durationMs ?? '-'} ms`).join('\n');
        printResult(Boolean(options.json), runs, human || '(none)');
      });
    });

  for (const [command, enabled] of [['enable', true], ['disable', false]] as const) {
    models
      .command(`${command} <code>`)
      .description(enabled ? 'switch a model on' : 'switch a model off (it stops running; its warnings stay)')
      .action(async (code: string) => {
        await withDatabase(async (handle) => {
          await setModelEnabled(handle.db, code, enabled, null).catch(asCliError);
          await appendAudit(handle.db, { action: `model.${command}`, actorUsername: 'cli', target: code });
          process.stdout.write(`${enabled ? '已启用 / enabled' : '已停用 / disabled'}: ${code}\n`);
        });
      });
  }

  models
    .command('set-params <code> <assignments...>')
    .description('set parameters, e.g. `zhijian models set-params housing.income_over_limit income_limit_yuan=2500`')
    .action(async (code: string, assignments: string[]) => {
      const params = parseAssignments(assignments);
      await withDatabase(async (handle) => {
        await setModelParams(handle.db, code, params, null).catch(asCliError);
        await appendAudit(handle.db, { action: 'model.params', actorUsername: 'cli', target: code, detail: params });
        process.stdout.write(`参数已更新 / parameters set: ${code} ${JSON.stringify(params)}\n`);
      });
    });

  models
    .command('add <spec.json>')
    .description('add a model, or a new version of one, from a JSON spec (it becomes live)')
    .option('--note <text>', 'why this version')
    .action(async (file: string, options: { note?: string }) => {
      const json = await readJson(file);
      await withDatabase(async (handle) => {
        const added = await addModelVersion(handle.db, json, { userId: null, note: options.note }).catch(asCliError);
        await appendAudit(handle.db, { action: 'model.version', actorUsername: 'cli', target: added.code, detail: { version: added.version } });
        process.stdout.write(`已发布 / live: ${added.code} v${added.version}\n`);
      });
    });

  models
    .command('backtest <code>')
    .description('run a model as of a past date without raising warnings; compare with earlier outcomes')
    .requiredOption('--as-of <date>', 'YYYY-MM-DD')
    .option('--param <name=value...>', 'try other parameters')
    .option('--spec <file>', 'try a draft spec (JSON) instead of the live version')
    .option('--json', 'machine-readable output')
    .action(async (code: string, options: { asOf: string; param?: string[]; spec?: string; json?: boolean }) => {
      const draft = options.spec ? await readJson(options.spec) : undefined;
      await withDatabase(async (handle) => {
        const result = await backtestModel(handle, { code, asOf: options.asOf, params: parseAssignments(options.param ?? []), draft }).catch(asCliError);
        const human = [
          `${code} as of ${result.asOf}  ${JSON.stringify(result.params)}`,
          `  hits ${result.hits}, amount ¥${(result.amount / 100).toFixed(2)}`,
          `  previously confirmed ${result.previouslyConfirmed}, dismissed ${result.previouslyDismissed}, unjudged ${result.unjudged}` +
            (result.precision === null ? '' : `, precision ${(result.precision * 100).toFixed(1)}%`),
        ].join('\n');
        printResult(Boolean(options.json), result, human);
      });
    });
}


async function waitForRuns(queue: Queue, jobId: string): Promise<RunSummary[]> {
  for (;;) {
    const job = await queue.getJob(jobId);
    const state = await job?.getState();
    if (!job) throw new CliError(`任务不存在 / job ${jobId} disappeared`);
    if (state === 'failed') throw new CliError(`模型运行失败 / model run failed: ${job.failedReason ?? 'unknown'}`);
    if (state === 'completed') return ((job.returnvalue as { runs?: RunSummary[] } | undefined)?.runs ?? []) as RunSummary[];
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function parseAssignments(assignments: string[]): Record<string, number> {
  const params: Record<string, number> = {};
  for (const assignment of assignments) {
    const match = /^([a-z][a-z0-9_]*)=(-?\d+(?:\.\d+)?)$/.exec(assignment);
    if (!match) throw new CliError(`参数格式应为 name=number / expected name=number: ${assignment}`);
    params[match[1] as string] = Number(match[2]);
  }
  return params;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`无法读取 JSON / cannot read JSON from ${file}: ${(error as Error).message}`);
  }
}

function asCliError(error: unknown): never {
  if (error instanceof ModelNotFoundError || error instanceof ModelChangeError) throw new CliError(error.message);
  throw error;
}
