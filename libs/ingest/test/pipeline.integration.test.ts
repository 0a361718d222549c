import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_DATASETS } from '@zhijian/catalog';
import {
  addDataset,
  addResponsibility,
  DatasetSpecError,
  batchRejects,
  getBatch,
  MappingError,
  publishBatch,
  ResponsibilityError,
  rollbackBatch,
  stageBatch,
  storeFeedFile,
  submitFeed,
} from '../src';
import { residentId, seedCatalogue, tempDir, writeGbkCsv } from './fixtures';

let database: TestDatabase;
let dataDir: string;
let work: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await tempDir('zhijian-data-');
  work = await tempDir();
  await seedCatalogue(database.db, { housing: '市住房保障服务中心', civil: '市民政局' }, [['housing', 'housing.rental_subsidy', 10]]);
});
afterAll(() => database.drop());

const id1 = residentId(11);
const id2 = residentId(12);
const id3 = residentId(13, '19751203');

/** Five good rows in the forms clerks type them, two bad ones. */
function subsidyLines(): string[] {
  const fullWidth = id1.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const fifteen = `${id3.slice(0, 6)}${id3.slice(8, 17)}`;
  const badChecksum = `${id2.slice(0, 17)}${id2[17] === '0' ? '1' : '0'}`;
  return [
    '公民身份号码,姓名,发放月份,发放金额(元)',
    `${fullWidth},张 三,2026-09,"1,200.00"`,
    `${id1},张三,2026年10月,1200元`,
    `${id2.toLowerCase()},李四,202610,0.12万元`,
    `${fifteen},王五,2026/10,800`,
    `${id2},李四,2026-11,600`,
    `${badChecksum},赵六,2026-11,600`,
    `${id3},王五,2026-13,abc`,
  ];
}

async function deliver(
  fileName: string,
  lines: string[],
  options: { departmentCode?: string; mapping?: Record<string, string>; datasetCode?: string; supersedesBatchId?: string } = {},
) {
  const file = await writeGbkCsv(work, fileName, lines);
  const stored = await storeFeedFile(dataDir, file);
  return submitFeed(database, {
    dataDir,
    sha256: stored.sha256,
    fileName,
    datasetCode: options.datasetCode ?? 'housing.rental_subsidy',
    departmentCode: options.departmentCode ?? 'housing',
    mapping: options.mapping,
    supersedesBatchId: options.supersedesBatchId,
    uploadedVia: 'cli',
  });
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await database.pool.query<{ n: string }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

describe('ingestion pipeline', () => {
  it('loads a GBK CSV: good rows become records of resolved subjects, bad rows are rejected with reasons', async () => {
    const submitted = await deliver('subsidy-2026-11.csv', subsidyLines());
    expect(submitted.duplicate).toBe(false);
    expect(await stageBatch(database, submitted.batchId, { dataDir })).toBe('staged');
    expect(await publishBatch(database, submitted.batchId)).toBe('published');

    const batch = await getBatch(database.db, submitted.batchId);
    expect(batch).toMatchObject({ status: 'published', rowsRead: 7, rowsLoaded: 5, rowsRejected: 2, format: 'csv' });
    expect(batch?.quality).toMatchObject({ rows: { read: 7, loaded: 5, rejected: 2 } });

    const rejects = await batchRejects(database.db, submitted.batchId);
    expect(rejects.map((r) => r.rowNumber)).toEqual([7, 8]);
    expect(rejects[0]!.errors).toEqual([expect.objectContaining({ field: 'id_number', code: 'id.checksum' })]);
    expect(rejects[1]!.errors.map((e) => e.field).sort()).toEqual(['amount', 'month']);
    expect(rejects[1]!.raw['姓名']).toBe('王五');

    // Full-width, lower-case x and 15-digit forms resolve to the same three persons.
    expect(await count("select count(*) as n from subjects where type = 'person'")).toBe(3);
    const { rows } = await database.pool.query<{ key: string; attrs: { amount: number; month: string }; valid_from: string; valid_to: string }>(
      `select s.key, r.attrs, r.valid_from::text, r.valid_to::text from records r join subjects s on s.id = r.subject_id
       where r.batch_id = $1 order by r.row_number`,
      [submitted.batchId],
    );
    expect(rows.map((r) => r.key)).toEqual([id1, id1, id2, id3, id2]);
    expect(rows.map((r) => r.attrs.amount)).toEqual([120000, 120000, 120000, 80000, 60000]);
    expect(rows[0]).toMatchObject({ valid_from: '2026-09-01', valid_to: '2026-09-30' });
    expect(await count('select count(*) as n from staged_rows')).toBe(0);
  });

  it('recognizes the same file delivered again instead of loading it twice', async () => {
    const again = await deliver('subsidy-2026-11-copy.csv', subsidyLines());
    expect(again.duplicate).toBe(true);
    expect(await count('select count(*) as n from batches')).toBe(1);
  });

  it('refuses a department that is not responsible for the dataset', async () => {
    await expect(deliver('civil.csv', subsidyLines(), { departmentCode: 'civil' })).rejects.toBeInstanceOf(ResponsibilityError);
  });

  it('refuses a delivery whose required fields cannot be mapped, naming them', async () => {
    const error = await deliver('no-amount.csv', ['身份证号,姓名,月份', `${id1},张三,2026-12`]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).message).toMatch(/amount/);
  });

  it('uses a mapping given with the delivery for headers it cannot guess', async () => {
    const submitted = await deliver('odd-headers.csv', ['证照,户主,期,钱', `${id1},张三,2026-12,100`], {
      mapping: { 证照: 'id_number', 户主: 'name', 期: 'month', 钱: 'amount' },
    });
    await stageBatch(database, submitted.batchId, { dataDir });
    await publishBatch(database, submitted.batchId);
    expect(await getBatch(database.db, submitted.batchId)).toMatchObject({ status: 'published', rowsLoaded: 1 });
  });

  it('resumes a stage interrupted after a committed chunk, loading every row exactly once', async () => {
    const lines = ['身份证号,姓名,月份,金额'];
    for (let i = 0; i < 250; i++) lines.push(`${residentId(100 + (i % 800), '19900101')},${['张伟', '王芳', '李娜', '刘洋'][i % 4]},2025-${String((i % 12) + 1).padStart(2, '0')},${100 + i}`);
    const submitted = await deliver('big.csv', lines);
    let chunks = 0;
    const crash = stageBatch(database, submitted.batchId, {
      dataDir,
      chunkSize: 40,
      onProgress: () => {
        // The worker dies right after its second chunk was committed.
        if (++chunks === 2) throw new Error('simulated crash');
      },
    });
    await expect(crash).rejects.toThrow('simulated crash');
    expect(await getBatch(database.db, submitted.batchId)).toMatchObject({ status: 'staging', stagedThroughRow: 81 });

    await stageBatch(database, submitted.batchId, { dataDir, chunkSize: 40 });
    await publishBatch(database, submitted.batchId);
    await publishBatch(database, submitted.batchId); // a repeated publish changes nothing
    expect(await getBatch(database.db, submitted.batchId)).toMatchObject({ status: 'published', rowsRead: 250, rowsLoaded: 250, rowsRejected: 0 });
    expect(await count('select count(*) as n from records where batch_id = $1', [submitted.batchId])).toBe(250);
  });

  it('rolls a batch back: its facts leave the library, and subjects nobody else names go too', async () => {
    const submitted = await deliver('rollback.csv', ['身份证号,姓名,月份,金额', `${residentId(901, '19660606')},独有,2026-01,50`]);
    await stageBatch(database, submitted.batchId, { dataDir });
    await publishBatch(database, submitted.batchId);
    const before = await count("select count(*) as n from subjects where type = 'person'");
    expect(await rollbackBatch(database, submitted.batchId)).toEqual({ recordsRemoved: 1 });
    expect(await count('select count(*) as n from records where batch_id = $1', [submitted.batchId])).toBe(0);
    expect(await count("select count(*) as n from subjects where type = 'person'")).toBe(before - 1);
    expect(await getBatch(database.db, submitted.batchId)).toMatchObject({ status: 'rolled_back' });
  });

  it('replaces a batch with its corrected delivery in one step', async () => {
    const first = await deliver('march.csv', ['身份证号,姓名,月份,金额', `${residentId(700, '19700101')},错误,2026-03,999`]);
    await stageBatch(database, first.batchId, { dataDir });
    await publishBatch(database, first.batchId);
    const corrected = await deliver('march-corrected.csv', ['身份证号,姓名,月份,金额', `${residentId(700, '19700101')},更正,2026-03,300`], {
      supersedesBatchId: first.batchId,
    });
    await stageBatch(database, corrected.batchId, { dataDir });
    await publishBatch(database, corrected.batchId);
    expect(await getBatch(database.db, first.batchId)).toMatchObject({ status: 'superseded' });
    expect(await count('select count(*) as n from records where batch_id = $1', [first.batchId])).toBe(0);
    const { rows } = await database.pool.query<{ amount: number }>("select (attrs->>'amount')::int as amount from records where batch_id = $1", [corrected.batchId]);
    expect(rows).toEqual([{ amount: 30000 }]);
  });

  it('accepts a dataset an admin defines, and refuses an invalid or older spec', async () => {
    const base = BUILT_IN_DATASETS.find((spec) => spec.code === 'civil.subsistence_allowance')!;
    const custom = { ...base, code: 'civil.disability_allowance', name: { zh: '残疾人补贴发放', en: 'Disability allowance' } };
    expect(await addDataset(database.db, custom)).toEqual({ code: 'civil.disability_allowance', version: 1 });
    await expect(addDataset(database.db, custom)).rejects.toBeInstanceOf(DatasetSpecError);
    await expect(addDataset(database.db, { ...custom, fields: 'none' })).rejects.toThrow(/invalid dataset spec/);

    await addResponsibility(database.db, { departmentCode: 'civil', datasetCode: 'civil.disability_allowance', frequency: 'monthly' });
    const submitted = await deliver('disability.csv', ['身份证号,姓名,月份,金额', `${residentId(710, '19700101')},残补,2026-04,200`], {
      departmentCode: 'civil',
      datasetCode: 'civil.disability_allowance',
    });
    await stageBatch(database, submitted.batchId, { dataDir });
    await publishBatch(database, submitted.batchId);
    expect(await getBatch(database.db, submitted.batchId)).toMatchObject({ status: 'published', rowsLoaded: 1, datasetCode: 'civil.disability_allowance' });
  });
});
