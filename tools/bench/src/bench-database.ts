// A scratch database of its own for a benchmark run, on the server DATABASE_URL names or on
// an embedded PostgreSQL, dropped again afterwards.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createDb, type DbHandle, migrate } from '@zhijian/db';
import { startEmbeddedPostgres } from '@zhijian/local-services';
import pg from 'pg';
import { benchEnv } from './env';

export interface BenchDatabase {
  handle: DbHandle;
  url: string;
  dispose(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  let serverUrl = benchEnv.DATABASE_URL;
  let stopServer = async () => undefined;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-pg-'));
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'zhijian' });
    serverUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `zhijian_bench_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const handle = createDb(url.toString(), { max: 4, applicationName: 'zhijian-bench' });
  return {
    handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await run(`drop database if exists ${name} with (force)`);
      await stopServer();
    },
  };
}
