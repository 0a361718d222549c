import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { normalizeResidentId, normalizeUscc } from '@zhijian/standard';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCity } from './generate-city';

const dirs: string[] = [];
async function city(seed: number) {
  const out = await mkdtemp(path.join(os.tmpdir(), 'zhijian-gen-unit-'));
  dirs.push(out);
  const truth = await generateCity({ out, persons: 1_000, seed });
  return { out, truth };
}
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of (await readdir(dir)).sort()) out[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return out;
}

/** The canonical cells of a generated CSV column, skipping the rows planted as bad. */
async function csvColumn(file: string, encoding: string, header: string): Promise<string[]> {
  const [head, ...lines] = iconv.decode(await readFile(file), encoding).replace(/^\ufeff/, '').trim().split('\r\n');
  const at = head!.split(',').indexOf(header);
  return lines.map((line) => line.split(',')[at] ?? '');
}

describe('generateCity', () => {
  it('is deterministic: the same seed gives byte-identical feeds and truth', async () => {
    const [a, b, c] = await Promise.all([city(5), city(5), city(6)]);
    expect(await hashes(a.out)).toEqual(await hashes(b.out));
    expect((await hashes(c.out))['police-population-person.csv']).not.toBe((await hashes(a.out))['police-population-person.csv']);
    expect(a.truth.persons).toBe(1_000);
  });

  it('writes valid identifiers: every person ID and enterprise USCC but the planted bad rows', async () => {
    const { out, truth } = await city(9);
    const persons = truth.feeds.find((f) => f.dataset === 'population.person')!;
    const ids = await csvColumn(path.join(out, persons.file), 'gbk', '身份证号码');
    const invalid = ids.filter((id) => !normalizeResidentId(id).ok);
    expect(ids).toHaveLength(persons.rows);
    expect(invalid).toHaveLength(persons.expectedRejects);
    const canonical = ids.map((id) => normalizeResidentId(id)).flatMap((r) => (r.ok ? [r.value] : []));
    expect(new Set(canonical).size).toBe(truth.persons);

    const bids = truth.feeds.find((f) => f.dataset === 'procurement.bid')!;
    const bidders = await csvColumn(path.join(out, bids.file), 'utf-8', '投标人信用代码');
    expect(bidders.filter((code) => !normalizeUscc(code).ok)).toHaveLength(bids.expectedRejects);
  });

  it('lists truth.json beside the feeds: every model planted, subjects in canonical form', async () => {
    const { out, truth } = await city(3);
    const written = JSON.parse(await readFile(path.join(out, 'truth.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(truth)));
    expect(truth).toMatchObject({ seed: 3, persons: 1_000, asOf: '2026-11-30', prefecture: '430700' });
    expect(new Set(truth.warnings.map((w) => w.model)).size).toBe(14);
    for (const warning of truth.warnings) {
      if (warning.subject.type === 'person') {
        const parsed = normalizeResidentId(warning.subject.key);
        expect(parsed.ok && parsed.value).toBe(warning.subject.key);
      }
      if (warning.subject.type === 'organization') expect(normalizeUscc(warning.subject.key).ok).toBe(true);
      if (warning.subject.type === 'phone') expect(warning.subject.key).toMatch(/^1[3-9]\d{9}$/);
    }
    const keys = truth.warnings.map((w) => `${w.model}|${w.subject.type}|${w.subject.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(truth.analysis.topics[0]?.tickets).toBe(40);
    expect(truth.analysis.hotspots[0]).toMatchObject({ regionCode: '430725', fromDate: '2026-10-01', toDate: '2026-10-31' });
  });
});
