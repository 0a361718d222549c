// A small library built through the real ingestion pipeline: CSV files with the standard
// field names, submitted, staged and published exactly as a department's delivery would be.
import { BUILT_IN_DATASETS } from '@zhijian/catalog';
import { schema } from '@zhijian/db';
import { addResponsibility, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { organizationCodeCheckCharacter, residentIdCheckCharacter, usccCheckCharacter } from '@zhijian/standard';
import type { TestDatabase } from '@zhijian/testing';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export function residentId(sequence: number, birthDate = '19800115', region = '430702'): string {
  const first17 = `${region}${birthDate}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export function uscc(sequence: number): string {
  const body = `MA${String(sequence).padStart(6, '0')}`;
  const first17 = `91430700${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + (usccCheckCharacter(first17) as string);
}

const DEPARTMENT_OF: Record<string, string> = {
  'housing.rental_subsidy': 'housing',
  'housing.rental_application': 'housing',
  'realestate.property': 'realestate',
  'vehicle.registration': 'vehicle',
  'hr.public_official': 'hr',
  'market.enterprise': 'market',
  'market.shareholder': 'market',
  'civil.death': 'civil',
  'civil.subsistence_allowance': 'civil',
  'traffic.dui_case': 'traffic',
  'procurement.bid': 'trading',
  'population.family': 'police',
  'hotline.ticket': 'hotline',
};

export async function prepareLibrary(database: TestDatabase): Promise<void> {
  const codes = [...new Set([...Object.values(DEPARTMENT_OF), 'jw'])];
  await database.db.insert(schema.departments).values(codes.map((code) => ({ code, name: `${code} 部门` }))).onConflictDoNothing();
  await registerBuiltInDatasets(database.db);
  for (const [datasetCode, departmentCode] of Object.entries(DEPARTMENT_OF)) {
    await addResponsibility(database.db, { departmentCode, datasetCode, frequency: 'monthly', dueDay: 10 }).catch(() => undefined);
  }
}

let counter = 0;

/** Delivers rows (standard field names) through the pipeline; returns the batch id. */
export async function deliver(database: TestDatabase, datasetCode: string, rows: Array<Record<string, string | number | boolean | null>>): Promise<string> {
  const spec = BUILT_IN_DATASETS.find((d) => d.code === datasetCode);
  if (!spec) throw new Error(`no dataset ${datasetCode}`);
  const headers = spec.fields.map((f) => f.name).filter((name) => rows.some((row) => row[name] !== undefined));
  const quote = (value: unknown) => (value === null || value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`);
  const csv = [headers.join(','), ...rows.map((row) => headers.map((h) => quote(row[h])).join(','))].join('\n');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-warning-'));
  const file = path.join(dir, `${datasetCode}-${++counter}.csv`);
  await writeFile(file, `${csv}\n`);
  const dataDir = path.join(dir, 'data');
  const stored = await storeFeedFile(dataDir, file);
  const { batchId } = await submitFeed(database, {
    dataDir,
    sha256: stored.sha256,
    fileName: path.basename(file),
    datasetCode,
    departmentCode: DEPARTMENT_OF[datasetCode] as string,
    mapping: Object.fromEntries(headers.map((h) => [h, h])),
    uploadedVia: 'cli',
  });
  if ((await stageBatch(database, batchId, { dataDir })) !== 'staged') throw new Error('not staged');
  const batch = await database.pool.query('select rows_rejected from batches where id = $1', [batchId]);
  if (batch.rows[0]?.rows_rejected) {
    const rejects = await database.pool.query('select row_number, errors from rejects where batch_id = $1', [batchId]);
    throw new Error(`fixture rows rejected: ${JSON.stringify(rejects.rows)}`);
  }
  if ((await publishBatch(database, batchId)) !== 'published') throw new Error('not published');
  return batchId;
}
