// `zhijian gen` as an operator runs it: the feeds and truth.json land in --out.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('zhijian gen', () => {
  it('writes every feed and truth.json, and prints a summary', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'zhijian-gen-cli-'));
    dirs.push(out);
    const run = await runCli(['gen', '--out', out, '--persons', '1000', '--seed', '2', '--json']);
    expect(run.stderr).toContain('[gen]');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ out, persons: 1000, seed: 2, asOf: '2026-11-30' });
    const truth = JSON.parse(await readFile(path.join(out, 'truth.json'), 'utf8'));
    expect(truth.feeds.map((f: { file: string }) => f.file).sort()).toEqual((await readdir(out)).filter((f) => f !== 'truth.json').sort());
    expect(summary.warnings).toBe(truth.warnings.length);
  });

  it('refuses a population out of range with one clear line', async () => {
    const run = await runCli(['gen', '--out', os.tmpdir(), '--persons', '10']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--persons must be an integer from 1000 to 10000000');
  });
});
