// The Citus-keys migrations (0015–0017) on a library that already holds data: a database
// migrated to 0014 is filled the way the pipeline filled it then (a ticket with no main
// subject, a relation, subjects unique by key), then brought to the latest schema.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrate, migrationsFolder } from '@zhijian/db';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as drizzleMigrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, withDatabase } from '../src';

const BEFORE_CITUS_KEYS = 14;

let database: TestDatabase;
let admin: pg.Client;
let folder: string;
const name = `zhijian_upgrade_${Date.now()}`;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new pg.Client({ connectionString: withDatabase(database.url, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  // The migrations as they stood before the Citus keys: the same files, the journal cut short.
  folder = await mkdtemp(path.join(os.tmpdir(), 'zhijian-migrations-'));
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((entry) => entry.idx <= BEFORE_CITUS_KEYS);
  await writeFile(journalFile, JSON.stringify(journal));
});

afterAll(async () => {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await rm(folder, { recursive: true, force: true });
  await database.drop();
});

describe('the Citus-keys migrations', () => {
  it('convert a library holding data: subject keys backfilled, subject-less records keyed by their own id', async () => {
    const url = withDatabase(database.url, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await drizzleMigrate(drizzle(client), { migrationsFolder: folder, migrationsSchema: 'public' });
      const { rows: subjects } = await client.query<{ id: string }>(
        `insert into subjects (type, key, name) values ('person', '430702198001150011', '甲'), ('organization', '91430700MA4L000001', '某公司') returning id`,
      );
      const [person, company] = subjects.map((s) => Number(s.id));
      const batch = '00000000-0000-0000-0000-0000000000b1';
      const { rows: records } = await client.query<{ id: string }>(
        `insert into records (dataset_code, batch_id, row_number, subject_id, subject_role, attrs) values
           ('hr.public_official', $1, 2, $2, 'official', '{}'), ('hotline.ticket', $1, 3, null, null, '{"ticket_no":"T1"}') returning id`,
        [batch, person],
      );
      const [official, ticket] = records.map((r) => Number(r.id)) as [number, number];
      await client.query(
        `insert into relations (type, from_subject_id, to_subject_id, attributes, record_id, batch_id, dataset_code)
         values ('employment', $1, $2, '{}', $3, $4, 'hr.public_official')`,
        [person, company, official, batch],
      );

      await migrate(url);

      const keyed = await client.query('select type::text, key, subject_id::int from subject_keys order by subject_id');
      expect(keyed.rows).toEqual([
        { type: 'person', key: '430702198001150011', subject_id: person },
        { type: 'organization', key: '91430700MA4L000001', subject_id: company },
      ]);
      const { rows: after } = await client.query('select id::int, subject_id::int from records order by id');
      expect(after).toEqual([
        { id: official, subject_id: person },
        { id: ticket, subject_id: -ticket },
      ]);
      const { rows: keys } = await client.query<{ table: string; columns: string[] }>(
        `select t.relname as table, array(select a.attname::text from unnest(ix.indkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = t.oid and a.attnum = k.n order by k.i) as columns
         from pg_index ix join pg_class t on t.oid = ix.indrelid where ix.indisprimary and t.relname in ('records', 'relations', 'subject_keys') order by 1`,
      );
      expect(keys).toEqual([
        { table: 'records', columns: ['subject_id', 'id'] },
        { table: 'relations', columns: ['from_subject_id', 'id'] },
        { table: 'subject_keys', columns: ['type', 'key'] },
      ]);
      // The key table, not subjects, now refuses a second subject of the same key.
      await expect(client.query(`insert into subject_keys (type, key, subject_id) values ('person', '430702198001150011', 99)`)).rejects.toThrow(/subject_keys_type_key_pk/);
    } finally {
      await client.end();
    }
  });
});
