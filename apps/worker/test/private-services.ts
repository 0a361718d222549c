// Fault tests stop and restart PostgreSQL and Redis, so they get instances of their own on
// free ports (never the shared ones other test files use), restartable on the same port so
// the worker's connection URLs stay valid across the restart.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '@zhijian/db';
import { findFreePort, isPortOpen, type LocalPostgres, startEmbeddedPostgres } from '@zhijian/local-services';
import { childProcessEnv } from '@zhijian/testing';

export interface PrivatePostgres {
  url: string;
  /** Fast shutdown (what `systemctl restart postgresql` does), a pause, then the same port again. */
  restart(downMs: number): Promise<void>;
  dispose(): Promise<void>;
}

export async function startPrivatePostgres(work: string): Promise<PrivatePostgres> {
  const dir = await mkdtemp(path.join(work, 'pg-'));
  await chmod(work, 0o755);
  await chmod(dir, 0o755); // the server runs as `postgres` when the tests run as root
  const dataDir = path.join(dir, 'data');
  const port = await findFreePort();
  let server: LocalPostgres = await startEmbeddedPostgres({ dataDir, database: 'zhijian', port });
  await migrate(server.url);
  return {
    url: server.url,
    restart: async (downMs) => {
      await server.stop();
      await sleep(downMs);
      server = await startEmbeddedPostgres({ dataDir, database: 'zhijian', port });
    },
    dispose: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  url: string;
  /** kill -9, a pause, then the same port and append-only file again. */
  restart(downMs: number): Promise<void>;
  dispose(): Promise<void>;
}

/** A `redis-server` with an fsync-always append-only file, as BullMQ's production guide asks. */
export async function startPrivateRedis(work: string): Promise<PrivateRedis> {
  const dir = path.join(work, 'redis');
  await mkdir(dir, { recursive: true });
  const port = await findFreePort();
  const start = async (): Promise<ChildProcess> => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
      { stdio: 'ignore' },
    );
    for (let attempt = 0; !(await isPortOpen('127.0.0.1', port)); attempt++) {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
      await sleep(100);
    }
    return child;
  };
  const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  let child = await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: async (downMs) => {
      await stop(child, 'SIGKILL');
      await sleep(downMs);
      child = await start();
    },
    dispose: async () => {
      await stop(child, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const workerEntry = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  /** What the worker logged (warnings and errors), for a failing test's message. */
  output(): string;
}

/** The real worker process (`zhijian worker`), with a short lock so a killed worker's job is taken over soon. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', workerEntry], {
    env: childProcessEnv({ WORKER_LOCK_DURATION_MS: '3000', LOG_LEVEL: 'warn', WORKER_CONCURRENCY: '2', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

export function killHard(worker: WorkerProcess): Promise<void> {
  return new Promise((resolve) => {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve();
    worker.child.once('exit', () => resolve());
    worker.child.kill('SIGKILL');
  });
}

export async function makeWorkDir(name: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `zhijian-${name}-`));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
