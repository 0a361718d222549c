// Vitest global setup for integration tests: find (or start) the real PostgreSQL and
// Redis, and migrate a template database that every test file clones.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findOrStartRedis, startEmbeddedPostgres } from '@zhijian/local-services';
import type { TestProject } from 'vitest/node';
import { testEnv } from './env';
import './provided-context';
import { prepareTemplateDatabase } from './template-database';

export default async function setup(project: TestProject) {
  const stops: Array<() => Promise<void>> = [];

  let serverUrl = testEnv.DATABASE_URL;
  if (!serverUrl) {
    // Same default as `npm start`: real PostgreSQL from npm, here in a throw-away directory
    // so parallel test processes never share a data directory.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-test-pg-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
    await chmod(dataDir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), database: 'zhijian' });
    serverUrl = pg.url;
    stops.push(async () => {
      await pg.stop();
      await rm(dataDir, { recursive: true, force: true });
    });
  }

  let redisUrl = testEnv.REDIS_URL;
  if (!redisUrl) {
    const redis = await findOrStartRedis();
    redisUrl = redis.url;
    stops.push(redis.stop);
  }

  project.provide('zhijianTemplateUrl', await prepareTemplateDatabase(serverUrl));
  project.provide('zhijianRedisUrl', redisUrl);

  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
