// Staging writes a batch's facts straight into the library, invisible until publish: links
// and relations name the right records and subjects across chunks, names follow the
// latest row, and rollback takes everything out again.
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBatch, rollbackBatch, stageBatch, storeFeedFile, submitFeed } from '../src';
import { residentId, seedCatalogue, tempDir, writeGbkCsv } from './fixtures';

let database: TestDatabase;
let dataDir: string;
let work: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await tempDir('zhijian-data-');
  work = await tempDir();
  await seedCatalogue(database.db, { housing: '市住房保障服务中心' }, [
    ['housing', 'housing.rental_application'],
    ['housing', 'housing.rental_subsidy'],
  ]);
});
afterAll(() => database.drop());

async function deliver(fileName: string, lines: string[], datasetCode: string) {
  const file = await writeGbkCsv(work, fileName, lines);
  const stored = await storeFeedFile(dataDir, file);
  return submitFeed(database, { dataDir, sha256: stored.sha256, fileName, datasetCode, departmentCode: 'housing', uploadedVia: 'cli' });
}

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await database.pool.query(sql, params)).rows as T[];
}

const applicant = (i: number) => residentId(300 + i, '19700101');
const coApplicant = (i: number) => residentId(400 + i, '19720202');
const NAMES = '甲乙丙丁戊己庚辛';

describe('staging into the library', () => {
  it('links co-applicants and writes relations for the right records, visible only once published', async () => {
    const lines = ['申请编号,申请人公民身份号码,申请人,共同申请人公民身份号码,申请日期'];
    // Row 7 names a co-applicant twice: one link. Row 8 has none.
    for (let i = 0; i < 6; i++) lines.push(`A${i},${applicant(i)},申请${NAMES[i]},"${coApplicant(i)}、${coApplicant(i + 1)}",2026-03-0${i + 1}`);
    lines.push(`A6,${applicant(6)},申请庚,"${coApplicant(6)},${coApplicant(6)}",2026-03-07`);
    lines.push(`A7,${applicant(7)},申请辛,,2026-03-08`);
    const { batchId } = await deliver('applications.csv', lines, 'housing.rental_application');

    await stageBatch(database, batchId, { dataDir, chunkSize: 3 });
    const visible = `select count(*)::int as n from records r join batches b on b.id = r.batch_id and b.status = 'published' where r.batch_id = $1`;
    expect(await rows(visible, [batchId])).toEqual([{ n: 0 }]);
    expect(await publishBatch(database, batchId)).toBe('published');
    expect(await rows(visible, [batchId])).toEqual([{ n: 8 }]);

    const links = await rows<{ row_number: number; main: string; role: string; other: string }>(
      `select r.row_number, m.key as main, rs.role, o.key as other
       from records r join subjects m on m.id = r.subject_id
       join record_subjects rs on rs.record_id = r.id join subjects o on o.id = rs.subject_id
       where r.batch_id = $1 order by r.row_number, o.key`,
      [batchId],
    );
    const expected = [0, 1, 2, 3, 4, 5].flatMap((i) =>
      [coApplicant(i), coApplicant(i + 1)].sort().map((other) => ({ row_number: i + 2, main: applicant(i), role: 'co_applicant', other })),
    );
    expected.push({ row_number: 8, main: applicant(6), role: 'co_applicant', other: coApplicant(6) });
    expect(links).toEqual(expected);

    const relations = await rows<{ from_key: string; to_key: string; valid_from: string; row_number: number }>(
      `select f.key as from_key, t.key as to_key, rel.valid_from::text, r.row_number
       from relations rel join records r on r.id = rel.record_id
       join subjects f on f.id = rel.from_subject_id join subjects t on t.id = rel.to_subject_id
       where rel.batch_id = $1 and rel.type = 'co_applicant' order by r.row_number, t.key`,
      [batchId],
    );
    expect(relations).toHaveLength(13);
    expect(relations[0]).toMatchObject({ from_key: applicant(0), row_number: 2, valid_from: '2026-03-01' });
    // Every subject came with its identity row, and each key names one subject.
    const keyed = `select count(*)::int as subjects, count(k.subject_id)::int as keyed from subjects s
                   left join subject_keys k on k.subject_id = s.id and k.type = s.type and k.key = s.key where s.type = 'person'`;
    expect(await rows(keyed)).toEqual([{ subjects: 15, keyed: 15 }]);

    expect(await rollbackBatch(database, batchId)).toEqual({ recordsRemoved: 8 });
    expect(await rows('select count(*)::int as n from relations where batch_id = $1', [batchId])).toEqual([{ n: 0 }]);
    expect(await rows("select count(*)::int as n from subjects where type = 'person'")).toEqual([{ n: 0 }]);
    expect(await rows("select count(*)::int as n from subject_keys where type = 'person'")).toEqual([{ n: 0 }]);
  });

  it("gives a new subject the name of the batch's latest row that names it, across chunks", async () => {
    const id = residentId(500, '19660606');
    const lines = ['身份证号,姓名,月份,金额', `${id},旧名,2026-01,100`, `${id},旧名,2026-02,100`, `${id},,2026-03,100`, `${id},新名,2026-04,100`, `${id},,2026-05,100`];
    const { batchId } = await deliver('names.csv', lines, 'housing.rental_subsidy');
    await stageBatch(database, batchId, { dataDir, chunkSize: 2 });
    await publishBatch(database, batchId);
    expect(await rows('select name from subjects where key = $1', [id])).toEqual([{ name: '新名' }]);

    // A later batch does not rename a subject that has a name.
    const again = await deliver('names-later.csv', ['身份证号,姓名,月份,金额', `${id},别名,2026-06,100`], 'housing.rental_subsidy');
    await stageBatch(database, again.batchId, { dataDir });
    await publishBatch(database, again.batchId);
    expect(await rows('select name from subjects where key = $1', [id])).toEqual([{ name: '新名' }]);

    // A subject known without a name takes the first name a later batch gives it.
    const nameless = residentId(501, '19660606');
    const first = await deliver('nameless.csv', ['身份证号,姓名,月份,金额', `${nameless},,2026-01,100`], 'housing.rental_subsidy');
    await stageBatch(database, first.batchId, { dataDir });
    await publishBatch(database, first.batchId);
    const named = await deliver('named.csv', ['身份证号,姓名,月份,金额', `${nameless},有名,2026-02,100`, `${id},别名,2026-02,100`], 'housing.rental_subsidy');
    await stageBatch(database, named.batchId, { dataDir });
    await publishBatch(database, named.batchId);
    expect(await rows('select name from subjects where key = $1', [nameless])).toEqual([{ name: '有名' }]);
    expect(await rows('select name from subjects where key = $1', [id])).toEqual([{ name: '新名' }]);
  });

  it('gives each key one subject when two batches naming the same new persons stage at once', async () => {
    const persons = Array.from({ length: 60 }, (_, i) => residentId(600 + i, '19800303'));
    const ledger = (month: string) => ['身份证号,姓名,月份,金额', ...persons.map((p, i) => `${p},${NAMES[i % 8]}某,${month},100`)];
    const [a, b] = await Promise.all([deliver('june.csv', ledger('2026-06'), 'housing.rental_subsidy'), deliver('july.csv', ledger('2026-07'), 'housing.rental_subsidy')]);
    await Promise.all([stageBatch(database, a.batchId, { dataDir, chunkSize: 7 }), stageBatch(database, b.batchId, { dataDir, chunkSize: 11 })]);
    const subjects = await rows<{ n: number; distinct_subjects: number }>(
      `select count(*)::int as n, count(distinct r.subject_id)::int as distinct_subjects from records r where r.batch_id = any($1)`,
      [[a.batchId, b.batchId]],
    );
    expect(subjects).toEqual([{ n: 120, distinct_subjects: 60 }]);
    expect(await rows('select count(*)::int as n from subjects where key = any($1)', [persons])).toEqual([{ n: 60 }]);
    expect(await rows('select count(*)::int as n from subject_keys where key = any($1)', [persons])).toEqual([{ n: 60 }]);
  });
});
