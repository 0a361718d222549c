// libs/db's migrations and bulk loading, against the real server (here because libs/db
// cannot depend on the test helpers, which depend on it).
import { copyRows, migrate } from '@zhijian/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, withDatabase } from '../src';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('migrate', () => {
  it('brings an empty database to the schema, safely when run twice at once', async () => {
    const name = `zhijian_empty_${Date.now()}`;
    const admin = new pg.Client({ connectionString: withDatabase(database.url, 'postgres') });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = withDatabase(database.url, name);
      await Promise.all([migrate(url), migrate(url)]);
      await migrate(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ table_name: string }>(
        "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
      );
      const { rows: unlogged } = await client.query<{ relpersistence: string }>("select relpersistence from pg_class where relname = 'staged_rows'");
      await client.end();
      expect(rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['audit_log', 'batches', 'departments', 'records', 'relations', 'rejects', 'responsibilities', 'sessions', 'staged_rows', 'subjects', 'users']),
      );
      expect(unlogged[0]?.relpersistence).toBe('u');
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

describe('copyRows', () => {
  it('loads awkward values exactly: tabs, newlines, backslashes, NULLs, JSON and Chinese text', async () => {
    await database.pool.query('create table copy_probe (n int, t text, j jsonb)');
    const values = [
      [1, 'tab\there', { a: 'line\nbreak' }],
      [2, 'back\\slash \\N not null', null],
      [3, null, ['数组', 1, true]],
      [4, '张三·阿不都\r\n', { nested: { x: '\\' } }],
    ] as const;
    const client = await database.pool.connect();
    try {
      await copyRows(client, 'copy_probe', ['n', 't', 'j'], values.map((v) => [...v]));
    } finally {
      client.release();
    }
    const { rows } = await database.pool.query('select n, t, j from copy_probe order by n');
    expect(rows).toEqual(values.map(([n, t, j]) => ({ n, t, j })));
  });
});
