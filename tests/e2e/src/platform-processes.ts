import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childProcessEnv } from '@zhijian/testing';

const workerEntry = fileURLToPath(new URL('../../../apps/worker/src/main.ts', import.meta.url));

/** The real worker process, as `zhijian worker` runs it. */
export function startWorkerProcess(env: Record<string, string>): { stop(): Promise<void> } {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', workerEntry], {
    env: childProcessEnv({ LOG_LEVEL: 'warn', ...env }),
    stdio: 'ignore',
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
