import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';

// Exercised on its own even when DATABASE_URL points the other tests at a system server:
// this is what `npm start` runs on a fresh machine.
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('initialises, serves the database, is reused while running, and stops', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-embedded-'));
    dirs.push(dir);
    await chmod(dir, 0o755); // the server runs as `postgres` when the tests run as root
    const dataDir = path.join(dir, 'pg');

    const first = await startEmbeddedPostgres({ dataDir, database: 'zhijian' });
    expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/zhijian$/);
    expect(await query(first.url, 'select current_database() as db')).toEqual([{ db: 'zhijian' }]);

    // A second start on the same directory finds the running server instead of fighting it.
    const second = await startEmbeddedPostgres({ dataDir, database: 'other' });
    expect(new URL(second.url).port).toBe(new URL(first.url).port);
    await second.stop();
    expect(await query(first.url, 'select 1 as one')).toEqual([{ one: 1 }]);

    await first.stop();
    await expect(query(first.url, 'select 1')).rejects.toThrow();

    // Data survives a restart.
    const third = await startEmbeddedPostgres({ dataDir, database: 'zhijian' });
    expect(await query(third.url.replace('/zhijian', '/other'), 'select current_database() as db')).toEqual([{ db: 'other' }]);
    await third.stop();
  });
});
