// `zhijian ingest --wait` without --json reports row-level progress on stderr, from what
// the worker records: rows read of the rows estimated from the bytes read.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSubsidyCsv } from './feeds';
import { runCli } from './run-cli';
import { startWorker } from './worker-process';

let database: TestDatabase;
let work: string;
let env: Record<string, string>;
let worker: ChildProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-cli-progress-'));
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniqueQueuePrefix(), DATA_DIR: path.join(work, 'data') };
  await runCli(['department', 'add', 'housing', '市住房保障服务中心'], env);
  await runCli(['responsibility', 'add', '--department', 'housing', '--dataset', 'housing.rental_subsidy', '--frequency', 'monthly'], env);
  worker = await startWorker(env);
});
afterAll(async () => {
  worker.kill('SIGKILL');
  await database.drop();
});

describe('zhijian ingest --wait progress', () => {
  it('prints staging lines with a percentage and an estimate of the rows, then the outcome', async () => {
    const file = path.join(work, 'subsidy.csv');
    await writeSubsidyCsv(file, 120_000);
    const run = await runCli(['ingest', file, '--dataset', 'housing.rental_subsidy', '--department', 'housing', '--wait'], env);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    // Before the first chunk commits nothing is known yet: `[staging 0%] rows read 0, rejected 0`.
    const staging = lines.filter((line) => line.startsWith('[staging') && !line.startsWith('[staging 0%] rows read 0,'));
    expect(staging.length).toBeGreaterThan(0);
    for (const line of staging) expect(line).toMatch(/^\[staging (\d|[1-9]\d|100)%\] rows read \d+ of ~\d+, rejected \d+$/);
    // Each estimate is within a fifth of the real count: the rows are of even length.
    for (const line of staging) expect(Number(/of ~(\d+)/.exec(line)![1])).toBeGreaterThan(96_000);
    expect(lines.at(-1)).toBe('[published] rows read 120000, rejected 1238');

    const { rows } = await database.pool.query<{ bytes_read: string }>('select bytes_read from batches');
    expect(Number(rows[0]!.bytes_read)).toBe((await stat(file)).size);
  }, 120_000);
});
