// Test data for the pipeline: valid identifiers built with the real check characters, and
// a delivery file written the way a department would send it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Db, schema } from '@zhijian/db';
import { residentIdCheckCharacter } from '@zhijian/standard';
import iconv from 'iconv-lite';
import { addResponsibility, registerBuiltInDatasets } from '../src';

export function residentId(sequence: number, birthDate = '19800115', region = '430702'): string {
  const first17 = `${region}${birthDate}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export async function tempDir(prefix = 'zhijian-ingest-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A GBK-encoded CSV, as many departments' systems still export. */
export async function writeGbkCsv(dir: string, name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
  return file;
}

/**
 * The catalogue a pipeline test starts from: its departments (code → name), the built-in
 * datasets, and who delivers which dataset, monthly: [department, dataset, due day?].
 */
export async function seedCatalogue(db: Db, departments: Record<string, string>, responsibilities: Array<[string, string, number?]>): Promise<void> {
  await db.insert(schema.departments).values(Object.entries(departments).map(([code, name]) => ({ code, name })));
  await registerBuiltInDatasets(db);
  for (const [departmentCode, datasetCode, dueDay] of responsibilities) {
    await addResponsibility(db, { departmentCode, datasetCode, frequency: 'monthly', ...(dueDay === undefined ? {} : { dueDay }) });
  }
}
