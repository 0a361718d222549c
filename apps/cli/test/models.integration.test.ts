import type { ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId } from './feeds';
import { runCli } from './run-cli';
import { startWorker } from './worker-process';

let database: TestDatabase;
let work: string;
let env: Record<string, string>;
let worker: ChildProcess | undefined;

const owner = residentId(501);
const clean = residentId(502);

beforeAll(async () => {
  database = await createTestDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-cli-models-'));
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') };
  await runCli(['db', 'migrate'], env);
  await runCli(['department', 'add', 'housing', '市住房保障服务中心'], env);
  await runCli(['department', 'add', 'realestate', '市不动产登记中心'], env);
  await runCli(['responsibility', 'add', '--department', 'housing', '--dataset', 'housing.rental_subsidy', '--frequency', 'monthly', '--due-day', '10'], env);
  await runCli(['responsibility', 'add', '--department', 'realestate', '--dataset', 'realestate.property', '--frequency', 'monthly'], env);
  worker = await startWorker(env, { WORKER_LOCK_DURATION_MS: '5000' });
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await database.drop();
});

async function ingest(name: string, lines: string[], dataset: string, department: string) {
  const file = path.join(work, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  const run = await runCli(['ingest', file, '--dataset', dataset, '--department', department, '--wait', '--json'], env);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { batchId: string; status: string };
}

async function warningsJson(args: string[] = []) {
  const run = await runCli(['warnings', 'list', '--json', ...args], env);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Array<Record<string, unknown> & { subject: { type: string; key: string; name: string } }>;
}

describe('zhijian models / warnings', () => {
  it('lists the fourteen built-in models with their exact codes', async () => {
    const run = await runCli(['models', 'list', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n'), run.stdout.slice(3600)).toHaveLength(1);
    const codes = (JSON.parse(run.stdout) as Array<{ code: string; enabled: boolean }>).map((m) => m.code).sort();
    expect(codes).toEqual(
      [
        'business.official_runs_enterprise',
        'civil.deceased_allowance',
        'hotline.overdue',
        'hotline.repeat_complaint',
        'housing.deceased_recipient',
        'housing.duplicate_benefit',
        'housing.income_over_limit',
        'housing.owns_property',
        'housing.owns_vehicle',
        'housing.public_official',
        'housing.runs_enterprise',
        'procurement.dominant_bidder',
        'procurement.relative_wins_bid',
        'traffic.official_dui',
      ].sort(),
    );
  });

  it('raises a warning by itself within a minute of the delivery that reveals it', async () => {
    await ingest('property.csv', ['不动产权证号,权利人证件号码,权利人,用途,登记日期', `湘(2026)常德市不动产权第0000501号,${owner},周一,住宅,2026-02-10`], 'realestate.property', 'realestate');
    expect(await warningsJson()).toEqual([]);
    const started = Date.now();
    await ingest(
      'subsidy.csv',
      ['公民身份号码,姓名,发放月份,发放金额(元)', `${owner},周一,2026-01,600`, `${owner},周一,2026-02,600`, `${owner},周一,2026-03,600`, `${clean},吴二,2026-03,600`],
      'housing.rental_subsidy',
      'housing',
    );
    let found: Awaited<ReturnType<typeof warningsJson>> = [];
    while (Date.now() - started < 60_000) {
      found = await warningsJson(['--model', 'housing.owns_property']);
      if (found.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(found).toHaveLength(1);
    const [warning] = found;
    expect(warning).toMatchObject({ model: 'housing.owns_property', status: 'new', subject: { type: 'person', key: owner, name: '周一' }, amount: 2 * 60000 });
    expect(warning?.id).toEqual(expect.any(String));
    expect(warning?.evidence, JSON.stringify(warning?.evidence)).toEqual(
      expect.arrayContaining([expect.objectContaining({ dataset: 'realestate.property', fileName: 'property.csv', row: 2 })]),
    );
  }, 120_000);

  it('runs a model through the worker on request and prints one JSON array of runs', async () => {
    const run = await runCli(['models', 'run', '--model', 'housing.owns_property', '--wait', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const runs = JSON.parse(run.stdout);
    expect(runs).toEqual([expect.objectContaining({ model: 'housing.owns_property', status: 'succeeded', hits: 1, newWarnings: 0, updatedWarnings: 1 })]);
    expect(runs[0].rowsCompared).toBe(4);
    expect(await warningsJson(['--status', 'new'])).toHaveLength(1);
    expect(await warningsJson(['--status', 'closed'])).toEqual([]);
  }, 60_000);

  it('changes parameters and switches models off with clear errors for bad input', async () => {
    expect((await runCli(['models', 'set-params', 'housing.income_over_limit', 'income_limit_yuan=2500'], env)).code).toBe(0);
    const bad = await runCli(['models', 'set-params', 'housing.income_over_limit', 'nope=1'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no parameter "nope"/);
    expect((await runCli(['models', 'disable', 'hotline.overdue'], env)).code).toBe(0);
    const list = JSON.parse((await runCli(['models', 'list', '--json'], env)).stdout) as Array<{ code: string; enabled: boolean; params: Record<string, number> }>;
    expect(list.find((m) => m.code === 'hotline.overdue')?.enabled).toBe(false);
    expect(list.find((m) => m.code === 'housing.income_over_limit')?.params).toEqual({ income_limit_yuan: 2500 });
    const unknown = await runCli(['models', 'run', '--model', 'no.such'], env);
    expect(unknown.stderr).toMatch(/unknown warning model: no.such/);
  }, 60_000);
});
