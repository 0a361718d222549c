// The migrated schema against the Citus rules of docs/SCALING.md (`CITUS_PLACEMENT` in
// libs/db): every relation classified, and every primary key and unique index of a
// distributed table including its distribution column. The exception lists stay as a
// mechanism and must match exactly, but today they are empty: every key follows the rule.
// (Here because libs/db cannot depend on the test helpers, which depend on it.)
import { CITUS_KEY_EXCEPTIONS, CITUS_NULLABLE_EXCEPTIONS, CITUS_PLACEMENT } from '@zhijian/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const distributed = Object.entries(CITUS_PLACEMENT).flatMap(([table, placement]) => (placement.kind === 'distributed' ? [{ table, column: placement.column }] : []));

describe('Citus distribution rules on the migrated schema', () => {
  it('lists no exception: every key and distribution column follows the rules', () => {
    expect(CITUS_KEY_EXCEPTIONS).toEqual({});
    expect(CITUS_NULLABLE_EXCEPTIONS).toEqual({});
  });

  it('classifies every table, view and materialized view of the schema, and nothing else', async () => {
    const { rows } = await database.pool.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition order by 1`,
    );
    expect(rows.map((row) => row.relname)).toEqual(Object.keys(CITUS_PLACEMENT).sort());
  });

  it('has each distribution column on its table, NOT NULL unless a documented exception', async () => {
    const { rows } = await database.pool.query<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }>(
      `select table_name, column_name, is_nullable from information_schema.columns
        where table_schema = 'public' and (table_name, column_name) in (select * from unnest($1::text[], $2::text[]))`,
      [distributed.map((d) => d.table), distributed.map((d) => d.column)],
    );
    expect(rows.map((row) => `${row.table_name}.${row.column_name}`).sort()).toEqual(distributed.map((d) => `${d.table}.${d.column}`).sort());
    const nullable = rows.filter((row) => row.is_nullable === 'YES').map((row) => `${row.table_name}.${row.column_name}`);
    expect(nullable.sort()).toEqual(Object.keys(CITUS_NULLABLE_EXCEPTIONS).sort());
  });

  it('includes the distribution column in every primary key and unique index, but for the documented exceptions', async () => {
    // Unique indexes, not just constraints: drizzle's uniqueIndex() and partial ones bind Citus the same way.
    const { rows } = await database.pool.query<{ table_name: string; index_name: string; columns: string[] | null }>(
      `select t.relname as table_name, i.relname as index_name,
              array(select a.attname::text from unnest(ix.indkey) as k(attnum)
                    join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum) as columns
         from pg_index ix
         join pg_class t on t.oid = ix.indrelid
         join pg_class i on i.oid = ix.indexrelid
         join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and ix.indisunique and t.relname = any($1::text[])
        order by 1, 2`,
      [distributed.map((d) => d.table)],
    );
    // Each distributed table has at least one key, so an empty answer cannot pass for a clean one.
    expect(new Set(rows.map((row) => row.table_name)).size).toBe(distributed.length);
    const columnOf = new Map(distributed.map((d) => [d.table, d.column]));
    const violations = rows.filter((row) => !(row.columns ?? []).includes(columnOf.get(row.table_name)!)).map((row) => row.index_name);
    expect(violations.sort()).toEqual(Object.keys(CITUS_KEY_EXCEPTIONS).sort());
  });
});
