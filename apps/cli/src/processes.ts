import { type ChildProcess, spawn } from 'node:child_process';
import { cliEnv, inheritedEnvironment } from './env';
import { dataDir, repoRoot } from './paths';
import { sessionSecret } from './session-secret';

/** Runs a TypeScript entry point (server or worker) as a child process through tsx. */
export function spawnEntry(entry: string, env: Record<string, string>, stdio: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...inheritedEnvironment(), ...env },
    stdio: ['ignore', stdio, stdio],
  });
}

/** Sends SIGTERM and waits; SIGKILL after `graceMs` so nothing is left behind. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** What the server and worker the CLI starts must agree on: the same services, secret, files and queues. */
export async function platformEnvironment(services: { databaseUrl: string; redisUrl: string }): Promise<Record<string, string>> {
  return {
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    SESSION_SECRET: await sessionSecret(),
    DATA_DIR: dataDir(),
    QUEUE_PREFIX: cliEnv().QUEUE_PREFIX,
  };
}
