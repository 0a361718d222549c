// Persons named without an ID: matched after publish against the population register,
// sure matches linked, uncertain ones queued for review and decided by a person.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { schema } from '@zhijian/db';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDataset,
  addResponsibility,
  decideMatchReview,
  listMatchReviews,
  MatchReviewError,
  publishBatch,
  registerBuiltInDatasets,
  rollbackBatch,
  stageBatch,
  storeFeedFile,
  submitFeed,
} from '../src';
import { residentId, tempDir } from './fixtures';

let database: TestDatabase;
let dataDir: string;
let work: string;
let departmentIds: Record<string, string>;

// The register: 张三 once, two 李四 born the same day in the same county, 王五 elsewhere.
const zhangSan = residentId(21, '19800115', '430702');
const liSiA = residentId(22, '19750505', '430702');
const liSiB = residentId(23, '19750505', '430702');
const wangWu = residentId(24, '19660606', '430703');

async function deliver(fileName: string, lines: string[], datasetCode: string, departmentCode: string) {
  const file = path.join(work, fileName);
  await writeFile(file, `${lines.join('\n')}\n`);
  const stored = await storeFeedFile(dataDir, file);
  const { batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName, datasetCode, departmentCode, uploadedVia: 'cli' });
  expect(await stageBatch(database, batchId, { dataDir })).toBe('staged');
  expect(await publishBatch(database, batchId)).toBe('published');
  return batchId;
}

/** Record row number → [role, person ID, score] links of a batch. */
async function links(batchId: string) {
  const { rows } = await database.pool.query<{ row_number: number; role: string; key: string; match_score: number | null }>(
    `select rec.row_number, rs.role, s.key, rs.match_score from record_subjects rs
     join records rec on rec.id = rs.record_id join subjects s on s.id = rs.subject_id
     where rec.batch_id = $1 order by rec.row_number, s.key`,
    [batchId],
  );
  return rows.map((r) => [r.row_number, r.role, r.key, r.match_score]);
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await tempDir('zhijian-match-data-');
  work = await tempDir('zhijian-match-');
  const inserted = await database.db
    .insert(schema.departments)
    .values([
      { code: 'police', name: '市公安局' },
      { code: 'hotline', name: '12345市长热线' },
      { code: 'civil', name: '市民政局' },
    ])
    .returning();
  departmentIds = Object.fromEntries(inserted.map((d) => [d.code, d.id]));
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'police', datasetCode: 'population.person', frequency: 'monthly' });
  await addResponsibility(database.db, { departmentCode: 'hotline', datasetCode: 'hotline.ticket', frequency: 'daily' });
  await deliver(
    'population.csv',
    [
      '公民身份号码,姓名,户籍所在区划',
      `${zhangSan},张三,430702`,
      `${liSiA},李四,430702`,
      `${liSiB},李四,430702`,
      `${wangWu},王五,430703`,
    ],
    'population.person',
    'police',
  );
});
afterAll(() => database.drop());

describe('matching persons by name, birth date and region', () => {
  let hotlineBatch: string;

  it('queues 12345 callers named with a region for review, never links them unreviewed', async () => {
    hotlineBatch = await deliver(
      'tickets.csv',
      [
        'ticket_no,received_at,caller_name,region_code,content',
        'T1,2026-05-01 09:00,张 三,430702,路灯不亮',
        'T2,2026-05-01 10:00,李四,430702,噪音扰民',
        'T3,2026-05-01 11:00,王五,430702,占道经营', // 王五 lives in 430703: a name alone is too weak
        'T4,2026-05-01 12:00,无名氏,430702,咨询',
      ],
      'hotline.ticket',
      'hotline',
    );
    expect(await links(hotlineBatch)).toEqual([]);
    // A ticket names no main subject: it is keyed by its own record id, negated (libs/db main-subject.ts).
    const { rows: tickets } = await database.pool.query('select count(*)::int as n, count(*) filter (where subject_id = -id)::int as own from records where batch_id = $1', [hotlineBatch]);
    expect(tickets).toEqual([{ n: 4, own: 4 }]);
    const reviews = await listMatchReviews(database.db);
    expect(reviews.map((r) => [r.rowNumber, r.candidate.idNumber, r.score, r.reasons])).toEqual([
      [2, zhangSan, 50, ['name', 'region']],
      [3, liSiA, 50, ['name', 'region']],
      [3, liSiB, 50, ['name', 'region']],
    ]);
    expect(reviews[0]).toMatchObject({
      status: 'pending',
      role: 'caller',
      datasetCode: 'hotline.ticket',
      departmentCode: 'hotline',
      named: { name: '张三', birthDate: null, regionCode: '430702' },
      candidate: { name: '张三', birthDate: '1980-01-15', regionCode: '430702' },
    });
    // Department scoping: the police see none of the hotline's reviews.
    expect(await listMatchReviews(database.db, { departmentId: departmentIds.police })).toEqual([]);
    expect(await listMatchReviews(database.db, { departmentId: departmentIds.hotline })).toHaveLength(3);
  });

  it('links a sure, unique match by name and birth date with its score; namesakes go to review', async () => {
    await addDataset(database.db, {
      code: 'civil.payee',
      version: 1,
      name: { zh: '救助领取人', en: 'Relief payees' },
      provider: '民政局',
      fields: [
        { name: 'id_number', label: { zh: '身份证号', en: 'ID number' }, type: 'id_number', required: false, synonyms: ['身份证号'] },
        { name: 'name', label: { zh: '姓名', en: 'Name' }, type: 'person_name', required: true, synonyms: ['姓名'] },
        { name: 'birth_date', label: { zh: '出生日期', en: 'Birth date' }, type: 'date', required: false, synonyms: ['出生日期'] },
        { name: 'region_code', label: { zh: '区划', en: 'Region' }, type: 'region_code', required: false, synonyms: ['区划'] },
      ],
      subjects: [
        { role: 'payee', subjectType: 'person', keyField: 'id_number', nameField: 'name', matchBy: { name: 'name', birthDate: 'birth_date', regionCode: 'region_code' } },
      ],
      relations: [],
      validity: { kind: 'none' },
    });
    await addResponsibility(database.db, { departmentCode: 'civil', datasetCode: 'civil.payee', frequency: 'monthly' });
    const batchId = await deliver(
      'payees.csv',
      [
        '身份证号,姓名,出生日期,区划',
        `,张三,1980年1月15日,430702`, // row 2: sure and unique → linked with 100
        `,张三,1985-03-03,430702`, // row 3: another birth date → another person, nothing
        `,李四,1975-05-05,`, // row 4: two namesakes born that day → both reviewed
        `${wangWu},王五,1966-06-06,430703`, // row 5: has an ID → linked by key, not by matching
      ],
      'civil.payee',
      'civil',
    );
    expect(await links(batchId)).toEqual([[2, 'payee', zhangSan, 100]]);
    const { rows } = await database.pool.query<{ key: string }>(
      'select s.key from records r join subjects s on s.id = r.subject_id where r.batch_id = $1',
      [batchId],
    );
    expect(rows.map((r) => r.key)).toEqual([wangWu]);
    const reviews = await listMatchReviews(database.db, { departmentId: departmentIds.civil });
    expect(reviews.map((r) => [r.rowNumber, r.candidate.idNumber, r.score, r.reasons])).toEqual([
      [4, liSiA, 90, ['name', 'birth_date']],
      [4, liSiB, 90, ['name', 'birth_date']],
    ]);
    // A retried publish step finds nothing new to link or queue.
    expect(await publishBatch(database, batchId)).toBe('already_done');
  });

  it('accepting a candidate links the record and rejects the other candidates; a decision is final', async () => {
    const [reviewer] = await database.db
      .insert(schema.users)
      .values({ username: 'hotline-steward', displayName: 'S', passwordHash: 'x', departmentId: departmentIds.hotline!, roles: ['steward'] })
      .returning();
    const pending = await listMatchReviews(database.db, { departmentId: departmentIds.hotline });
    const liSi = pending.find((r) => r.candidate.idNumber === liSiB)!;
    const other = pending.find((r) => r.candidate.idNumber === liSiA)!;
    const zhang = pending.find((r) => r.candidate.idNumber === zhangSan)!;

    // Another department's steward cannot decide the hotline's reviews.
    await expect(decideMatchReview(database, { id: liSi.id, decision: 'accept', reviewerId: null, departmentId: departmentIds.police })).rejects.toMatchObject({
      reason: 'not_found',
    });
    const accepted = await decideMatchReview(database, { id: liSi.id, decision: 'accept', reviewerId: reviewer!.id, departmentId: departmentIds.hotline });
    expect(accepted).toMatchObject({ status: 'accepted', role: 'caller', alsoRejected: [other.id] });
    await decideMatchReview(database, { id: zhang.id, decision: 'reject', reviewerId: reviewer!.id });
    expect(await links(hotlineBatch)).toEqual([[3, 'caller', liSiB, 50]]);

    await expect(decideMatchReview(database, { id: zhang.id, decision: 'accept', reviewerId: null })).rejects.toBeInstanceOf(MatchReviewError);
    expect(await listMatchReviews(database.db, { departmentId: departmentIds.hotline })).toEqual([]);
    const decided = await listMatchReviews(database.db, { departmentId: departmentIds.hotline, status: 'accepted' });
    expect(decided).toEqual([expect.objectContaining({ id: liSi.id, reviewer: 'hotline-steward', decidedAt: expect.any(String) })]);
  });

  it('takes candidates only from published register batches', async () => {
    const file = path.join(work, 'population-pending.csv');
    await writeFile(file, `公民身份号码,姓名,户籍所在区划\n${residentId(25, '19900101', '430702')},钱七,430702\n`);
    const stored = await storeFeedFile(dataDir, file);
    const pending = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName: 'population-pending.csv', datasetCode: 'population.person', departmentCode: 'police', uploadedVia: 'cli' });
    expect(await stageBatch(database, pending.batchId, { dataDir })).toBe('staged'); // staged, not yet published
    const tickets = await deliver('tickets-2.csv', ['ticket_no,received_at,caller_name,region_code,content', 'T5,2026-05-02 09:00,钱七,430702,咨询'], 'hotline.ticket', 'hotline');
    const reviews = await listMatchReviews(database.db);
    expect(reviews.filter((r) => r.batchId === tickets)).toEqual([]);
    await rollbackBatch(database, tickets);
  });

  it('a rolled-back batch takes its matches and reviews with it; the register persons stay', async () => {
    await rollbackBatch(database, hotlineBatch);
    expect(await links(hotlineBatch)).toEqual([]);
    const { rows } = await database.pool.query<{ n: string }>('select count(*) as n from match_reviews where batch_id = $1', [hotlineBatch]);
    expect(Number(rows[0]!.n)).toBe(0);
    const persons = await database.db.select().from(schema.subjects).where(eq(schema.subjects.key, liSiB));
    expect(persons).toHaveLength(1);
  });
});
