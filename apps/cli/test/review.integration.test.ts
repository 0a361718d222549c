// `zhijian review`: the match review queue from the command line.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addResponsibility, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createTestDatabase, type TestDatabase, testRedisUrl } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId } from './feeds';
import { runCli } from './run-cli';

let database: TestDatabase;
let env: Record<string, string>;

async function deliver(dataDir: string, fileName: string, content: string, datasetCode: string, departmentCode: string) {
  const file = path.join(dataDir, fileName);
  await writeFile(file, content);
  const stored = await storeFeedFile(dataDir, file);
  const { batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName, datasetCode, departmentCode, uploadedVia: 'cli' });
  await stageBatch(database, batchId, { dataDir });
  await publishBatch(database, batchId);
}

beforeAll(async () => {
  database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-cli-review-'));
  env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl(), DATA_DIR: dataDir };
  await runCli(['department', 'add', 'police', '市公安局'], env);
  await runCli(['department', 'add', 'hotline', '12345市长热线'], env);
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'police', datasetCode: 'population.person', frequency: 'monthly' });
  await addResponsibility(database.db, { departmentCode: 'hotline', datasetCode: 'hotline.ticket', frequency: 'daily' });
  await deliver(dataDir, 'people.csv', `身份证号,姓名,户籍所在区划\n${residentId(1)},吴芳,430702\n${residentId(2)},吴芳,430702\n`, 'population.person', 'police');
  await deliver(dataDir, 'tickets.csv', '工单编号,受理时间,来电人,所属区县,诉求内容\nT1,2026-06-01 08:00,吴芳,430702,道路积水\n', 'hotline.ticket', 'hotline');
});
afterAll(() => database.drop());

describe('zhijian review', () => {
  it('lists pending candidates, accepts one and refuses to decide it twice', async () => {
    const list = await runCli(['review', 'list', '--json'], env);
    expect(list.code).toBe(0);
    const pending = JSON.parse(list.stdout) as Array<{ id: number; candidate: { idNumber: string }; score: number }>;
    expect(pending.map((r) => [r.candidate.idNumber, r.score])).toEqual([
      [residentId(1), 50],
      [residentId(2), 50],
    ]);
    const human = await runCli(['review', 'list', '--department', 'hotline'], env);
    expect(human.stdout).toContain('hotline.ticket row 2 caller: 吴芳 430702');
    expect((await runCli(['review', 'list', '--department', 'police', '--json'], env)).stdout.trim()).toBe('[]');

    const accepted = await runCli(['review', 'accept', String(pending[0]!.id), '--json'], env);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ status: 'accepted', alsoRejected: [pending[1]!.id] });
    const again = await runCli(['review', 'reject', String(pending[0]!.id)], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already accepted/);
    expect((await runCli(['review', 'reject', 'abc'], env)).stderr).toMatch(/not a review id/);
    expect(JSON.parse((await runCli(['review', 'list', '--status', 'rejected', '--json'], env)).stdout)).toHaveLength(1);
  });
});
