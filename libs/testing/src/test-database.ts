import { randomBytes } from 'node:crypto';
import { createDb, type DbHandle } from '@zhijian/db';
import pg from 'pg';
import { inject } from 'vitest';
import './provided-context';
import { withDatabase } from './url';

export interface TestDatabase extends DbHandle {
  url: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own, cloned from the template the global setup made. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('zhijianTemplateUrl');
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `zhijian_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(templateUrl, `create database "${name}" template "${template}"`);
  const url = withDatabase(templateUrl, name);
  const handle = createDb(url, { max: 5, applicationName: 'zhijian-test' });
  return {
    ...handle,
    url,
    drop: async () => {
      await handle.close();
      await adminQuery(templateUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

async function adminQuery(anyUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(anyUrl, 'postgres') });
  await client.connect();
  try {
    // Two files cloning the same template at the same instant can collide; one retry settles it.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if (attempt >= 5 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
      }
    }
  } finally {
    await client.end();
  }
}
