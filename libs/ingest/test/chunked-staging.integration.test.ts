// Staging cut into chunks that commit in file order whoever writes them and whenever they
// start: chunks staged all at once, last first, end exactly as staging in one pass does.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChunkRef,
  publishBatch,
  readBatchChunks,
  stageBatch,
  stageChunkFile,
  stagingStalledAt,
  storeFeedFile,
  submitFeed,
  writeChunkRows,
} from '../src';
import { residentId, seedCatalogue, tempDir, writeGbkCsv } from './fixtures';

let database: TestDatabase;
let dataDir: string;
let work: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await tempDir('zhijian-data-');
  work = await tempDir();
  await seedCatalogue(database.db, { housing: '市住房保障服务中心', audit: '审计局' }, [
    ['housing', 'housing.rental_subsidy'],
    ['audit', 'housing.rental_subsidy'],
  ]);
});
afterAll(() => database.drop());

/**
 * 300 payments: persons of 7 rows each (so they straddle chunks), names changing row by row,
 * some bad; then the first 30 rows again (duplicates) and a new name for the persons of the
 * second chunk.
 */
function lines(firstPerson = 200): string[] {
  const out = ['身份证号,姓名,月份,金额'];
  for (let i = 0; i < 300; i++) {
    const person = Math.floor(i / 7);
    const id = i % 53 === 0 ? '430702199001011234' : residentId(firstPerson + person, '19850505');
    out.push(`${id},${['甲', '乙', '丙', '丁'][i % 4]},2026-${String((i % 12) + 1).padStart(2, '0')},${100 + (i % 5)}`);
  }
  const renamed = [6, 7, 8, 9].map((person) => `${residentId(firstPerson + person, '19850505')},戊,2027-01,100`);
  return [...out, ...out.slice(1, 31), ...renamed];
}

async function deliver(name: string, departmentCode: string, firstPerson?: number) {
  const file = await writeGbkCsv(work, name, lines(firstPerson));
  const stored = await storeFeedFile(dataDir, file);
  return submitFeed(database, { dataDir, sha256: stored.sha256, fileName: name, datasetCode: 'housing.rental_subsidy', departmentCode, uploadedVia: 'cli' });
}

async function readIntoChunkFiles(batchId: string): Promise<ChunkRef[]> {
  const refs: ChunkRef[] = [];
  await readBatchChunks(database, batchId, {
    dataDir,
    chunkRows: 40,
    onChunk: async (chunk) => {
      await writeChunkRows(dataDir, chunk);
      refs.push({ batchId, afterRow: chunk.afterRow, lastRow: chunk.lastRow, final: chunk.final });
    },
  });
  return refs;
}

async function library(batchId: string) {
  const records = await database.pool.query(
    `select r.row_number, s.key, s.name, r.attrs from records r join subjects s on s.id = r.subject_id where r.batch_id = $1 order by r.row_number`,
    [batchId],
  );
  const rejects = await database.pool.query('select row_number, errors from rejects where batch_id = $1 order by row_number', [batchId]);
  const batch = await database.pool.query('select status, rows_read, rows_rejected, bytes_read, quality from batches where id = $1', [batchId]);
  return { records: records.rows, rejects: rejects.rows, batch: batch.rows[0] };
}

describe('chunked staging', () => {
  it('commits chunks staged all at once, last first, in file order: the same library as one pass', async () => {
    const chunked = await deliver('chunked.csv', 'housing');
    const refs = await readIntoChunkFiles(chunked.batchId);
    expect(refs).toHaveLength(9);
    expect(refs.map((ref) => ref.final)).toEqual([...Array(8).fill(false), true]);
    // A first attempt at the second chunk gives up waiting for its turn after its subjects
    // (with their names) were committed: the retry must still know the batch named them.
    expect(await stageChunkFile(database, refs[1]!, { dataDir, waitMs: 300 })).toEqual({ outcome: 'waiting' });

    const outcomes = await Promise.all(
      [...refs].reverse().map(async (ref) => {
        for (;;) {
          const staged = await stageChunkFile(database, ref, { dataDir, waitMs: 5_000 });
          if (staged.outcome !== 'waiting') return staged.outcome;
        }
      }),
    );
    expect(outcomes).toEqual(Array(9).fill('committed'));
    // A chunk staged again (a job run twice) changes nothing.
    expect(await stageChunkFile(database, refs[3]!, { dataDir, waitMs: 1_000 })).toEqual({ outcome: 'already_done', status: 'publishing' });
    expect(await publishBatch(database, chunked.batchId)).toBe('published');
    // Each person carries the name of their latest row, though chunks were written side by side and one twice.
    const { rows: misnamed } = await database.pool.query(
      `select s.key from subjects s
       join (select distinct on (subject_id) subject_id, attrs->>'name' as name from records where batch_id = $1 order by subject_id, row_number desc) last
         on last.subject_id = s.id
       where s.name is distinct from last.name`,
      [chunked.batchId],
    );
    expect(misnamed).toEqual([]);

    const onePass = await deliver('one-pass.csv', 'audit');
    await stageBatch(database, onePass.batchId, { dataDir, chunkSize: 40 });
    expect(await publishBatch(database, onePass.batchId)).toBe('published');
    const [a, b] = [await library(chunked.batchId), await library(onePass.batchId)];
    expect(a).toEqual(b);
    expect(a.batch).toMatchObject({ rows_read: 334, rows_rejected: 7, quality: { duplicates: 29 } });
    // The one-pass stage leaves no chunk files behind.
    expect(existsSync(path.join(dataDir, 'chunks', onePass.batchId))).toBe(false);
  });

  it('notices a batch stuck at a watermark no chunk starts from, so the file is read again', async () => {
    const { batchId } = await deliver('stalled.csv', 'housing', 600);
    const [first, second] = await readIntoChunkFiles(batchId);
    expect(await stagingStalledAt(database, second!, dataDir)).toBeNull();
    // The first chunk committed and was lost in a crash: its file is gone, the watermark still stands before it.
    await rm(path.join(dataDir, 'chunks', batchId, `${first!.afterRow}-${first!.lastRow}.rows.json`));
    expect(await stagingStalledAt(database, second!, dataDir)).toBe(first!.afterRow);
  });
});
