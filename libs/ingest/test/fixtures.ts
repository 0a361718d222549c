// Test data for the pipeline: valid identifiers built with the real check characters, and
// a delivery file written the way a department would send it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { residentIdCheckCharacter } from '@zhijian/standard';
import iconv from 'iconv-lite';

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
