// Acceptance: a generated city's feeds go through the real pipeline, the analysis summary
// is refreshed as the publish job does, and the cases the generator planted (truth.json)
// come out on top of their views.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_DEPARTMENTS, ensureDepartments } from '@zhijian/auth';
import { ensureDemoResponsibilities, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { childProcessEnv, createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  coBiddingPairs,
  findHotspots,
  findTopics,
  officialFamilyEnterprises,
  listTickets,
  refreshAnalysis,
  relationNetwork,
  repeatComplaints,
  ticketBreakdown,
  ticketTotals,
} from '@zhijian/analysis';

/** The part of the generator's truth.json this test reads. */
interface Truth {
  warnings: Array<{ model: string; subject: { type: string; key: string } }>;
  feeds: Array<{ file: string; dataset: string; department: string; rows: number; expectedRejects: number }>;
  analysis: {
    repeatCallers: Array<{ phone: string; tickets: number }>;
    repeatAddresses: Array<{ address: string; category: string; tickets: number }>;
    hotspots: Array<{ regionCode: string; fromDate: string; toDate: string; tickets: number }>;
    topics: Array<{ label: string; keywords: string[]; tickets: number }>;
    bidRings: Array<{ bidders: string[]; projects: string[] }>;
  };
}

const cli = path.resolve(import.meta.dirname, '../../../apps/cli/bin/zhijian.mjs');

let database: TestDatabase;
let work: string;
let truth: Truth;

beforeAll(async () => {
  database = await createTestDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-analysis-'));
  await ensureDepartments(database.db, DEMO_DEPARTMENTS);
  await registerBuiltInDatasets(database.db);
  await ensureDemoResponsibilities(database.db);
  // The city as an operator generates it (`zhijian gen`), then every feed through the real pipeline.
  await promisify(execFile)(process.execPath, [cli, 'gen', '--out', path.join(work, 'city'), '--persons', '3000', '--seed', '11', '--json'], { env: childProcessEnv() });
  truth = JSON.parse(await readFile(path.join(work, 'city', 'truth.json'), 'utf8')) as Truth;
  const dataDir = path.join(work, 'data');
  for (const feed of truth.feeds) {
    const stored = await storeFeedFile(dataDir, path.join(work, 'city', feed.file));
    const { batchId } = await submitFeed(database, { dataDir, sha256: stored.sha256, fileName: feed.file, datasetCode: feed.dataset, departmentCode: feed.department, uploadedVia: 'cli' });
    await stageBatch(database, batchId, { dataDir });
    await publishBatch(database, batchId);
    // What the publish job does after each batch.
    await refreshAnalysis(database, feed.dataset);
  }
}, 600_000);
afterAll(async () => {
  await database?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

const hotlineRows = () => truth.feeds.find((f) => f.dataset === 'hotline.ticket')!;

describe('hotline analytics on a generated city', () => {
  it('extracts one fact row per published ticket, and a second refresh adds nothing', async () => {
    const feed = hotlineRows();
    const totals = await ticketTotals(database, {});
    expect(totals.tickets).toBe(feed.rows - feed.expectedRejects);
    expect(await refreshAnalysis(database, 'hotline.ticket')).toEqual({ removed: 0, added: 0 });
    const byRegion = await ticketBreakdown(database, {}, 'region');
    expect(byRegion.map((g) => g.key).sort()).toEqual(['430702', '430703', '430721', '430722', '430723', '430724', '430725', '430726', '430781']);
    expect(byRegion.reduce((sum, g) => sum + g.tickets, 0)).toBe(totals.tickets);
  });

  it('puts the planted repeat callers at the top of the caller view', async () => {
    const groups = await repeatComplaints(database, { by: 'caller', limit: 50 });
    const planted = truth.analysis.repeatCallers;
    const top = groups.slice(0, planted.length);
    expect(top.map((g) => g.key).sort()).toEqual(planted.map((p) => p.phone).sort());
    for (const group of top) expect(group.tickets).toBe(planted.find((p) => p.phone === group.key)!.tickets);
  });

  it('puts the planted repeat addresses at the top of the address view', async () => {
    const groups = await repeatComplaints(database, { by: 'address', limit: 50 });
    const planted = truth.analysis.repeatAddresses;
    const top = groups.slice(0, planted.length);
    expect(top.map((g) => g.label).sort()).toEqual(planted.map((p) => p.address).sort());
    for (const group of top) {
      expect(group.maxInWindow).toBe(3);
      expect(group.categories).toEqual([planted.find((p) => p.address === group.label)!.category]);
    }
  });

  it('finds the planted hotspot first, in the last complete month, by the Poisson test', async () => {
    const planted = truth.analysis.hotspots[0]!;
    const result = await findHotspots(database, { level: 'region' });
    expect({ from: result.from, to: result.to }).toEqual({ from: planted.fromDate, to: planted.toDate });
    expect(result.items[0]).toMatchObject({ key: planted.regionCode, observed: planted.tickets });
    expect(result.items[0]!.pValue).toBeLessThan(1e-6);
    // No other county rises significantly that month.
    expect(result.items.slice(1).every((h) => h.pValue > 1e-6)).toBe(true);
  });

  it('groups the deposit complaints into the top topic', async () => {
    const planted = truth.analysis.topics[0]!;
    const { topics } = await findTopics(database, { from: '2026-06-01', to: '2026-11-30' });
    const top = topics[0]!;
    expect(top.tickets).toBeGreaterThanOrEqual(planted.tickets - 2);
    expect(top.tickets).toBeLessThanOrEqual(planted.tickets);
    expect(top.keywords).toEqual(expect.arrayContaining(['押金', '安平']));
    const { items } = await listTickets(database, { ticketNos: top.ticketNos }, { limit: 100, offset: 0 });
    expect(items.every((t) => t.content.includes('押金'))).toBe(true);
  });

  it('drills down from a county to its tickets', async () => {
    const planted = truth.analysis.hotspots[0]!;
    const page = await listTickets(database, { regionCode: planted.regionCode, from: planted.fromDate, to: planted.toDate }, { limit: 10, offset: 0 });
    expect(page.total).toBe(planted.tickets);
    expect(page.items).toHaveLength(10);
    expect(page.items.every((t) => t.regionCode === planted.regionCode)).toBe(true);
  });
});

describe('network analysis on a generated city', () => {
  it('finds the bid ring among the top co-bidding pairs and in one community', async () => {
    const ring = truth.analysis.bidRings[0]!;
    const pairs = await coBiddingPairs(database, { minShared: 3 });
    const ringPairs = pairs.filter((p) => ring.bidders.includes(p.a.key) && ring.bidders.includes(p.b.key));
    expect(ringPairs).toHaveLength(3);
    expect(pairs.slice(0, 3).map((p) => [p.a.key, p.b.key].sort().join())).toEqual(expect.arrayContaining(ringPairs.map((p) => [p.a.key, p.b.key].sort().join())));
    const network = await relationNetwork(database, { minShared: 3 });
    const communities = new Set(network.nodes.filter((n) => ring.bidders.includes(n.key)).map((n) => n.community));
    expect(communities.size).toBe(1);
  });

  it('finds the officials whose relatives’ companies won their units’ bids among the officials with relatives in business', async () => {
    const planted = truth.warnings.filter((w) => w.model === 'procurement.relative_wins_bid').map((w) => w.subject.key);
    expect(planted.length).toBeGreaterThan(0);
    const links = await officialFamilyEnterprises(database, { limit: 10_000 });
    const officials = new Set(links.map((l) => l.official.key));
    expect(planted.filter((key) => !officials.has(key))).toEqual([]);
  });
});
