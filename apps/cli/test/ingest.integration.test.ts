import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePropertyXlsx, writeSubsidyCsv } from './feeds';
import { runCli } from './run-cli';
import { startWorker } from './worker-process';

let database: TestDatabase;
let work: string;
let env: Record<string, string>;
const workers: ChildProcess[] = [];

async function batchRow(id: string) {
  const { rows } = await database.pool.query<{ status: string; rows_read: number; rows_loaded: number; rows_rejected: number }>(
    'select status, rows_read, rows_loaded, rows_rejected from batches where id = $1',
    [id],
  );
  return rows[0]!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-cli-ingest-'));
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') };
  await runCli(['db', 'migrate'], env);
  for (const [code, name] of [['housing', '市住房保障服务中心'], ['realestate', '市不动产登记中心'], ['civil', '市民政局'], ['audit', '审计局']] as const) {
    await runCli(['department', 'add', code, name], env);
  }
  await runCli(['responsibility', 'add', '--department', 'housing', '--dataset', 'housing.rental_subsidy', '--frequency', 'monthly', '--due-day', '10'], env);
  await runCli(['responsibility', 'add', '--department', 'audit', '--dataset', 'housing.rental_subsidy', '--frequency', 'monthly'], env);
  await runCli(['responsibility', 'add', '--department', 'realestate', '--dataset', 'realestate.property', '--frequency', 'monthly'], env);
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await database.drop();
});

describe('zhijian ingest', () => {
  it('says a worker is needed when --wait is given and none runs', async () => {
    const file = path.join(work, 'early.csv');
    await writeSubsidyCsv(file, 3);
    const run = await runCli(['ingest', file, '--dataset', 'housing.rental_subsidy', '--department', 'housing', '--wait', '--json'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/npx zhijian worker/);
  });

  it('loads a GBK CSV and prints exactly one JSON object with counts and rejects', async () => {
    workers.push(await startWorker(env, { WORKER_LOCK_DURATION_MS: '2000' }));
    const file = path.join(work, 'subsidy.csv');
    const { rejected } = await writeSubsidyCsv(file, 300, { encoding: 'gbk' });
    const run = await runCli(['ingest', file, '--dataset', 'housing.rental_subsidy', '--department', 'housing', '--wait', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(Object.keys(result).sort()).toEqual(['batchId', 'rejects', 'rows', 'status']);
    expect(result).toMatchObject({ status: 'loaded', rows: { read: 300, loaded: 300 - rejected.length, rejected: rejected.length } });
    expect(result.rejects.map((r: { row: number }) => r.row)).toEqual(rejected);
    expect(result.rejects[0].errors[0]).toEqual({ field: 'id_number', code: expect.stringMatching(/^id\./), message: expect.any(String) });

    const show = await runCli(['batch', 'show', result.batchId, '--rejects', '--json'], env);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: result.batchId, status: 'published', rejects: expect.any(Array) });
    const list = await runCli(['batch', 'list', '--json'], env);
    expect(JSON.parse(list.stdout).map((b: { id: string }) => b.id)).toContain(result.batchId);
  }, 150_000); // includes the worker's start

  it('loads an XLSX whose header sits under a merged title row', async () => {
    const file = path.join(work, 'property.xlsx');
    await writePropertyXlsx(file);
    const run = await runCli(['ingest', file, '--dataset', 'realestate.property', '--department', 'realestate', '--wait', '--json'], env);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'loaded', rows: { read: 3, loaded: 2, rejected: 1 } });
    expect(result.rejects[0]).toMatchObject({ row: 5, errors: [expect.objectContaining({ field: 'owner_id_number' })] });
    const { rows } = await database.pool.query<{ n: string }>("select count(*) as n from relations where type = 'ownership'");
    expect(Number(rows[0]!.n)).toBe(2);
  });

  it('refuses a department that is not responsible for the dataset, with a clear error', async () => {
    const file = path.join(work, 'civil.csv');
    await writeSubsidyCsv(file, 5);
    const run = await runCli(['ingest', file, '--dataset', 'housing.rental_subsidy', '--department', 'civil', '--json'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not responsible for dataset housing\.rental_subsidy/);
  });

  it('rolls a batch back from the CLI', async () => {
    const file = path.join(work, 'to-roll-back.csv');
    await writeSubsidyCsv(file, 7);
    const run = await runCli(['ingest', file, '--dataset', 'housing.rental_subsidy', '--department', 'audit', '--wait', '--json'], env);
    const { batchId } = JSON.parse(run.stdout) as { batchId: string };
    const rollback = await runCli(['batch', 'rollback', batchId, '--json'], env);
    expect(JSON.parse(rollback.stdout)).toMatchObject({ batchId, recordsRemoved: 6 });
    expect((await batchRow(batchId)).status).toBe('rolled_back');
  });

  it('ends with the same counts as an undisturbed run when the worker is killed mid-batch', async () => {
    const file = path.join(work, 'big.csv');
    await writeSubsidyCsv(file, 200_000);
    const undisturbed = JSON.parse(
      (await runCli(['ingest', file, '--dataset', 'housing.rental_subsidy', '--department', 'audit', '--wait', '--json'], env)).stdout,
    ) as { batchId: string; rows: { read: number; loaded: number; rejected: number } };

    // The same content for another department: a new batch, killed while staging.
    const copy = path.join(work, 'big-copy.csv');
    await copyFile(file, copy);
    for (const worker of workers) worker.kill('SIGKILL');
    workers.push(await startWorker(env, { WORKER_LOCK_DURATION_MS: '2000' }));
    const submitted = JSON.parse((await runCli(['ingest', copy, '--dataset', 'housing.rental_subsidy', '--department', 'housing', '--json'], env)).stdout) as {
      batchId: string;
    };
    await expect.poll(async () => (await batchRow(submitted.batchId)).rows_read, { timeout: 60_000, interval: 50 }).toBeGreaterThan(20_000);
    expect((await batchRow(submitted.batchId)).status).toBe('staging');
    for (const worker of workers) worker.kill('SIGKILL');

    workers.push(await startWorker(env, { WORKER_LOCK_DURATION_MS: '2000' }));
    await expect.poll(async () => (await batchRow(submitted.batchId)).status, { timeout: 90_000, interval: 250 }).toBe('published');
    const after = await batchRow(submitted.batchId);
    expect({ read: after.rows_read, loaded: after.rows_loaded, rejected: after.rows_rejected }).toEqual(undisturbed.rows);
    const { rows } = await database.pool.query<{ n: string; distinct_rows: string }>(
      'select count(*) as n, count(distinct row_number) as distinct_rows from records where batch_id = $1',
      [submitted.batchId],
    );
    expect(Number(rows[0]!.n)).toBe(undisturbed.rows.loaded);
    expect(Number(rows[0]!.distinct_rows)).toBe(undisturbed.rows.loaded);
  }, 240_000);
});
