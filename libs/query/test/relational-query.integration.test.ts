// Relational query on a small city delivered through the real ingestion pipeline.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillSearchTerms, expandGraph, findSubject, MASKED, profileWorkbook, refreshSearchTerms, REVEAL, searchSubjects, shortestPaths, subjectProfile } from '../src';
import { CITY, deliverCityFixture } from '../src/testing';

let database: TestDatabase;
let batches: Record<string, string>;

async function subjectId(type: 'person' | 'organization', key: string): Promise<number> {
  const subject = await findSubject(database.db, { type, key });
  return Number(subject!.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-query-'));
  batches = await deliverCityFixture(database, { dataDir: path.join(dir, 'data'), workDir: dir });
});
afterAll(async () => {
  await database.drop();
});

describe('search', () => {
  it('finds a person by a legacy 15-digit ID, ranked first, with the departments holding data', async () => {
    const [hit] = await searchSubjects(database.db, CITY.official.legacyId, REVEAL);
    expect(hit).toMatchObject({ subject: { type: 'person', key: CITY.official.id, name: '王建国' }, matchedBy: 'resident_id', score: 100 });
    expect(hit!.departments.map((d) => d.code).sort()).toEqual(['hr', 'police', 'realestate']);
    expect(hit!.datasets).toContain('hr.public_official');
  });

  it('masks the ID for a user without the role', async () => {
    const [hit] = await searchSubjects(database.db, CITY.official.id, MASKED);
    expect(hit!.subject.key).toBe(`${CITY.official.id.slice(0, 6)}********${CITY.official.id.slice(-4)}`);
    expect(JSON.stringify(hit)).not.toContain(CITY.official.id);
  });

  it('finds names exactly, by prefix, by pinyin initials and in traditional or simplified form', async () => {
    const names = async (text: string) => (await searchSubjects(database.db, text, REVEAL)).map((h) => h.subject.name);
    expect((await names('王建国'))[0]).toBe('王建国');
    expect(await names('王建')).toContain('王建国');
    expect(await names('wjg')).toContain('王建国');
    expect((await names('黄志明'))[0]).toBe('黃誌明');
    expect((await names('黃誌明'))[0]).toBe('黃誌明');
    expect(await names('恒通建设')).toEqual([]);
    expect((await names('常德恒通'))[0]).toBe(CITY.enterprise.name);
  });

  it('finds identifiers in any form: USCC, certificate number', async () => {
    expect((await searchSubjects(database.db, CITY.enterprise.uscc.toLowerCase(), REVEAL))[0]).toMatchObject({ matchedBy: 'uscc', subject: { name: CITY.enterprise.name } });
    expect((await searchSubjects(database.db, CITY.certificate, REVEAL))[0]).toMatchObject({ matchedBy: 'certificate', subject: { type: 'property' } });
  });

  it('finds the people at an address by any part of it', async () => {
    const hits = await searchSubjects(database.db, '朝阳路12号', REVEAL);
    expect(hits.filter((h) => h.matchedBy === 'address').map((h) => h.subject.name).sort()).toEqual([CITY.address, '李秀英', '王建国'].sort());
  });

  it('finds a 12345 caller by phone, the phone masked for a user without the role', async () => {
    const [hit] = await searchSubjects(database.db, '138 1234 5678', MASKED);
    expect(hit).toMatchObject({ matchedBy: 'phone', matched: '138****5678', subject: { name: '张伟' } });
  });

  it('keeps the index idempotent and drops a rolled-back batch’s phones', async () => {
    expect(await refreshSearchTerms(database, batches['hotline.ticket']!)).toEqual({ nameTerms: 0, recordTerms: 0 });
    expect(await backfillSearchTerms(database)).toEqual({ nameTerms: 0, recordTerms: 0 });
  });
});

describe('profile', () => {
  it('groups every department’s records by dataset with validity and lineage', async () => {
    const subject = await findSubject(database.db, { type: 'person', key: CITY.official.id });
    const profile = await subjectProfile(database.db, subject!, REVEAL, '2024-06-01');
    expect(profile.datasets.map((d) => d.datasetCode)).toEqual(['hr.public_official', 'population.family', 'population.person', 'realestate.property']);
    const hr = profile.datasets.find((d) => d.datasetCode === 'hr.public_official')!;
    expect(hr.datasetName.zh).toBe('公职人员信息');
    expect(hr.records[0]).toMatchObject({
      validFrom: '2015-01-01', validTo: null, current: true, role: 'official',
      lineage: { department: { code: 'hr' }, batchId: batches['hr.public_official'], rowNumber: 2, fileName: 'hr.public_official.csv' },
    });
    expect(profile.relations.current.map((r) => [r.type, r.direction, r.other.name]).sort()).toEqual([
      ['employment', 'out', CITY.bureau.name],
      ['family', 'out', '李秀英'],
    ]);
    expect(profile.relations.past).toEqual([expect.objectContaining({ type: 'ownership', validTo: '2021-07-30' })]);
    expect(profile.timeline[0]).toMatchObject({ date: '2021-07-30', kind: 'relation_end', label: 'ownership' });
    expect(profile.departments.map((d) => d.code)).toEqual(['hr', 'police', 'realestate']);
  });

  it('masks ID numbers inside records for a user without the role', async () => {
    const subject = await findSubject(database.db, { type: 'person', key: CITY.official.id });
    const profile = await subjectProfile(database.db, subject!, MASKED);
    expect(JSON.stringify(profile)).not.toContain(CITY.official.id);
    expect(JSON.stringify(profile)).not.toContain(CITY.spouse.id);
    expect(profile.datasets[0]!.records[0]!.attrs.id_number).toMatch(/^430702\*{8}\d{3}[\dX]$/);
  });
});

describe('graph', () => {
  it('expands two hops, summarizing the hub instead of exploding it', async () => {
    const root = await subjectId('person', CITY.official.id);
    const graph = await expandGraph(database.db, { roots: [root], hops: 2, hubThreshold: 50 }, REVEAL);
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    expect(byName.get(CITY.enterprise.name)).toMatchObject({ hop: 2 });
    expect(byName.get(CITY.bureau.name)?.hub).toMatchObject({ byType: { employment: 61, buyer: 1, bidder: 2 }, capped: false });
    expect(graph.nodes.some((n) => n.name?.startsWith('同'))).toBe(false);
    expect(graph.nodes.length).toBe(5); // 王建国, 住建局, 李秀英, property, enterprise
    expect(graph.truncated).toBe(false);
  });

  it('filters by relation type, subject type and date', async () => {
    const root = await subjectId('person', CITY.official.id);
    const names = async (filters: object) => (await expandGraph(database.db, { roots: [root], hops: 1, ...filters }, REVEAL)).nodes.map((n) => n.name).sort();
    expect(await names({ relationTypes: ['family'] })).toEqual(['李秀英', '王建国']);
    expect(await names({ subjectTypes: ['organization'] })).toEqual([CITY.bureau.name, '王建国'].sort());
    expect(await names({ asOf: '2019-01-01' })).toContain(CITY.address);
    expect(await names({ asOf: '2024-01-01' })).not.toContain(CITY.address);
  });

  it('expands a hub in place when asked for it, up to the threshold', async () => {
    const bureau = await subjectId('organization', CITY.bureau.uscc);
    const graph = await expandGraph(database.db, { roots: [bureau], hops: 1, hubThreshold: 50 }, REVEAL);
    expect(graph.nodes.length).toBe(51);
    expect(graph.nodes.find((n) => n.id === bureau)?.hub?.degree).toBe(64);
  });

  it('finds every shortest path between an official and an enterprise', async () => {
    const from = await subjectId('person', CITY.official.id);
    const to = await subjectId('organization', CITY.enterprise.uscc);
    const result = await shortestPaths(database.db, { from, to }, MASKED);
    expect(result.length).toBe(2);
    const names = new Map(result.nodes.map((n) => [n.id, n.name]));
    // Through the spouse's shares, and through the bureau, which both bought from and was bid to by the firm.
    expect(result.paths.map((p) => p.nodes.map((id) => names.get(id)).join('→')).sort()).toEqual([
      `王建国→${CITY.bureau.name}→${CITY.enterprise.name}`,
      `王建国→${CITY.bureau.name}→${CITY.enterprise.name}`,
      `王建国→李秀英→${CITY.enterprise.name}`,
    ]);
    expect(result.edges.map((e) => e.type).sort()).toEqual(['bidder', 'buyer', 'employment', 'family', 'shareholder']);
    expect(JSON.stringify(result)).not.toContain(CITY.official.id);
    // Without family ties only the path through the bureau is left.
    const noFamily = await shortestPaths(database.db, { from, to, relationTypes: ['employment', 'buyer', 'shareholder'] }, REVEAL);
    expect(noFamily.paths).toHaveLength(1);
  });
});

describe('export', () => {
  it('writes the profile as XLSX with the same masking and formula cells neutralized', async () => {
    const subject = await findSubject(database.db, { type: 'person', key: CITY.legalRep.id });
    const buffer = await profileWorkbook(await subjectProfile(database.db, subject!, MASKED));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.some((c) => c.includes(CITY.legalRep.id))).toBe(false);
    expect(cells).toContain('138****5678');
    expect(cells.find((c) => c.includes('HYPERLINK'))).toMatch(/^'=HYPERLINK/);
    expect(workbook.worksheets.map((s) => s.name)).toContain('关系 Relations');
  });
});
