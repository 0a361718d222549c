// End to end: a generated city's every feed goes through the real ingestion pipeline
// (store → submit → stage → publish) and the rejects are exactly those truth.json expects.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DEPARTMENTS, ensureDepartments } from '@zhijian/auth';
import { batchRejects, ensureDemoResponsibilities, getBatch, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { listWarnings, registerBuiltInModels, runEnabledModels } from '@zhijian/warning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCity, type Truth } from '../src';

let database: TestDatabase;
let work: string;
let truth: Truth;

beforeAll(async () => {
  database = await createTestDatabase();
  work = await mkdtemp(path.join(os.tmpdir(), 'zhijian-gen-'));
  await ensureDepartments(database.db, DEMO_DEPARTMENTS);
  await registerBuiltInDatasets(database.db);
  await ensureDemoResponsibilities(database.db);
  truth = await generateCity({ out: path.join(work, 'city'), persons: 2_000, seed: 7 });
});
afterAll(async () => {
  await database.drop();
  await rm(work, { recursive: true, force: true });
});

describe('a generated city through the ingestion pipeline', () => {
  it('loads every feed with exactly the expected rejects', async () => {
    expect(truth.feeds).toHaveLength(14);
    const dataDir = path.join(work, 'data');
    const outcomes = [];
    for (const feed of truth.feeds) {
      const stored = await storeFeedFile(dataDir, path.join(work, 'city', feed.file));
      const submitted = await submitFeed(database, {
        dataDir,
        sha256: stored.sha256,
        fileName: feed.file,
        datasetCode: feed.dataset,
        departmentCode: feed.department,
        uploadedVia: 'cli',
      });
      // The department's own headers map without help: no mapping was passed.
      expect(submitted.unmapped, feed.file).toEqual([]);
      expect(await stageBatch(database, submitted.batchId, { dataDir })).toBe('staged');
      expect(await publishBatch(database, submitted.batchId)).toBe('published');
      const batch = (await getBatch(database.db, submitted.batchId))!;
      const rejects = batch.rowsRejected === feed.expectedRejects ? [] : await batchRejects(database.db, submitted.batchId);
      outcomes.push({
        file: feed.file,
        read: batch.rowsRead,
        loadedPlusRejected: batch.rowsLoaded + batch.rowsRejected,
        rejected: batch.rowsRejected,
        // Shown only on a mismatch, to say which rows surprised the pipeline.
        surprises: rejects.slice(0, 3).map((r) => ({ row: r.rowNumber, raw: r.raw, errors: r.errors })),
      });
    }
    expect(outcomes).toEqual(
      truth.feeds.map((feed) => ({ file: feed.file, read: feed.rows, loadedPlusRejected: feed.rows, rejected: feed.expectedRejects, surprises: [] })),
    );
  });

  it('plants every warning model with hits and near-misses', () => {
    const models = new Set(truth.warnings.map((w) => w.model));
    expect([...models].sort()).toEqual([
      'business.official_runs_enterprise',
      'civil.deceased_allowance',
      'hotline.overdue',
      'hotline.repeat_complaint',
      'housing.deceased_recipient',
      'housing.duplicate_benefit',
      'housing.income_over_limit',
      'housing.owns_property',
      'housing.owns_vehicle',
      'housing.public_official',
      'housing.runs_enterprise',
      'procurement.dominant_bidder',
      'procurement.relative_wins_bid',
      'traffic.official_dui',
    ]);
    const nearMissModels = new Set(truth.nearMisses.map((w) => w.model));
    for (const model of models) if (model !== 'hotline.overdue') expect(nearMissModels.has(model), model).toBe(true);
  });

  it('raises every planted warning and no near-miss (the models judge the city as of its as-of date)', async () => {
    await registerBuiltInModels(database.db);
    const runs = await runEnabledModels(database, { trigger: 'manual', asOf: truth.asOf });
    expect(runs.filter((run) => run.status !== 'succeeded')).toEqual([]);
    const { items } = await listWarnings(database, { limit: 10_000, withEvidence: false });
    const key = (w: { model: string; subject: { type: string; key: string } }) => `${w.model} ${w.subject.type}:${w.subject.key}`;
    const raised = [...new Set(items.map(key))].sort();
    const expected = [...new Set(truth.warnings.map(key))].sort();
    const missed = expected.filter((k) => !raised.includes(k));
    const unexpected = raised.filter((k) => !expected.includes(k));
    expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
    const nearMissesRaised = truth.nearMisses.map(key).filter((k) => raised.includes(k));
    expect(nearMissesRaised).toEqual([]);
  });
});
