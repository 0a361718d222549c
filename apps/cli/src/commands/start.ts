// `npm start` / `zhijian start`: the whole platform in one command. Uses DATABASE_URL and
// REDIS_URL when given, else embedded PostgreSQL and a local Redis; migrates, seeds the demo
// organization, builds the web apps (cached by Nx), runs server and worker, and on Ctrl-C
// stops everything it started.
import { spawnSync } from 'node:child_process';
import { DEMO_DEPARTMENTS, DEMO_USERS, ensureDepartments, ensureUser } from '@zhijian/auth';
import { createDb, migrate } from '@zhijian/db';
import { withoutPassword } from '@zhijian/config';
import { ensureDemoResponsibilities, registerBuiltInDatasets } from '@zhijian/ingest';
import { findFreePort, isPortOpen } from '@zhijian/local-services';
import type { ChildProcess } from 'node:child_process';
import { registerBuiltInModels } from '@zhijian/warning';
import type { Command } from 'commander';
import { demoCredentials } from '../demo-credentials';
import { demoWanted, loadDemoCity } from './demo-city';
import { cliEnv } from '../env';
import { CliError } from '../output';
import path from 'node:path';
import { entryPoints, repoRoot, zhijianHome } from '../paths';
import { platformEnvironment, spawnEntry, stopChild } from '../processes';
import { resolveDatabase, resolveRedis } from '../services';

const say = (line: string) => process.stdout.write(`[zhijian] ${line}\n`);

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run the whole platform: database, Redis, migrations, demo users, server and worker')
    .option('--skip-build', 'do not build the web apps first')
    .option('--no-demo', 'do not load the demo city (also ZHIJIAN_DEMO=0)')
    .action(async (options: { skipBuild?: boolean; demo?: boolean }) => {
      await startPlatform(options);
    });
}

async function startPlatform(options: { skipBuild?: boolean; demo?: boolean }): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await Promise.all(children.map((child) => stopChild(child)));
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const database = await resolveDatabase(() => undefined);
    cleanups.push(database.stop);
    say(database.embedded ? `PostgreSQL: embedded (data in ${path.join(zhijianHome(), 'pg')})` : 'PostgreSQL: DATABASE_URL');
    const redis = await resolveRedis(say);
    cleanups.push(redis.stop);
    say(`Redis: ${withoutPassword(redis.url)}`);

    await migrate(database.url);
    const credentials = await seedDemo(database.url);

    if (!options.skipBuild) buildWebApps();

    const port = await choosePort();
    const env = { ...(await platformEnvironment({ databaseUrl: database.url, redisUrl: redis.url })), PORT: String(port) };
    for (const which of ['server', 'worker'] as const) {
      const child = spawnEntry(entryPoints[which], { ...env, LOG_LEVEL: 'warn' });
      child.once('exit', (code) => {
        if (!stopping) {
          say(`${which} exited (code ${code}); stopping the platform`);
          void shutdown(code ?? 1);
        }
      });
      children.push(child);
    }
    await waitForHealth(port);

    say('demo accounts (username / password):');
    for (const user of DEMO_USERS) say(`  ${user.username.padEnd(11)} ${credentials[user.username]}   ${user.displayName} · ${user.roles.join(',')}`);
    say(`智监 Zhijian is running: http://127.0.0.1:${port}/   (Ctrl-C stops everything)`);
    // The demo city loads in the background, once: the platform is already usable.
    if (demoWanted(options.demo)) {
      loadDemoCity({ databaseUrl: database.url, redisUrl: redis.url }, say).catch((error: unknown) =>
        say(`demo: not loaded: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  } catch (error) {
    process.stderr.write(`[zhijian] ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
  }
}

async function seedDemo(databaseUrl: string) {
  const credentials = await demoCredentials();
  const handle = createDb(databaseUrl, { max: 2, applicationName: 'zhijian-start' });
  try {
    await ensureDepartments(handle.db, DEMO_DEPARTMENTS);
    for (const user of DEMO_USERS) await ensureUser(handle.db, user, credentials[user.username] ?? '');
    await registerBuiltInDatasets(handle.db);
    await registerBuiltInModels(handle.db);
    await ensureDemoResponsibilities(handle.db);
  } finally {
    await handle.close();
  }
  return credentials;
}

function buildWebApps(): void {
  say('building the web apps (cached after the first time)…');
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'library,query,analysis,warning', '--outputStyle=static'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new CliError('web app build failed; run `npx nx run-many -t build` to see why');
}

async function choosePort(): Promise<number> {
  const wanted = cliEnv().PORT ?? 3000;
  if (!(await isPortOpen('127.0.0.1', wanted))) return wanted;
  const free = await findFreePort();
  say(`port ${wanted} is busy; using ${free}`);
  return free;
}

async function waitForHealth(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new CliError(`the server did not become healthy on port ${port} within ${timeoutMs / 1000} s`);
}
