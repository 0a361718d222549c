import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@zhijian/local-services';
import { childProcessEnv } from '@zhijian/testing';

const serverEntry = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** The real server process, as `zhijian serve` runs it, on a free port. */
export async function startServerProcess(env: { DATABASE_URL: string; REDIS_URL: string } & Record<string, string>): Promise<RunningServer> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: childProcessEnv({
      ...env,
      PORT: String(port),
      SESSION_SECRET: 'e2e-session-secret-long-enough-0123456789',
      LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const healthy = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`server not healthy in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
