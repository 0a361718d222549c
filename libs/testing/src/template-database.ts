import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrate, migrationsFolder } from '@zhijian/db';
import pg from 'pg';
import { withDatabase } from './url';

/**
 * Creates, once per migration set, a migrated database named after the migrations' hash.
 * Test files clone it (`CREATE DATABASE … TEMPLATE`), which is far faster than migrating
 * each one. Built under a temporary name and renamed when complete, so a crash mid-way
 * never leaves a half-migrated template behind.
 */
export async function prepareTemplateDatabase(serverUrl: string): Promise<string> {
  const name = `zhijian_template_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(724202)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_partial`;
      await admin.query(`drop database if exists "${building}" with (force)`);
      await admin.query(`create database "${building}"`);
      await migrate(withDatabase(serverUrl, building));
      await admin.query(`alter database "${building}" rename to "${name}"`);
    }
    await admin.query('select pg_advisory_unlock(724202)');
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(migrationsFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(migrationsFolder.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
