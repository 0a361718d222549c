// The real server process (`zhijian serve`) for worker tests that deliver files the way a
// steward does: over HTTP, upload then preview then submit through tRPC.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@zhijian/local-services';
import { childProcessEnv } from '@zhijian/testing';

const serverEntry = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** What the server logged (warnings and errors), for a failing test's message. */
  output(): string;
  kill(): Promise<void>;
}

/** Starts the server on a free port and waits until `/health` answers 200. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: childProcessEnv({ SESSION_SECRET: 'hostile-files-session-secret-0123456789', LOG_LEVEL: 'warn', ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: ServerProcess = {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
  const deadline = Date.now() + 60_000;
  while (!(await isHealthy(server.baseUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.kill();
      throw new Error(`the server did not become healthy:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return server;
}

export async function isHealthy(baseUrl: string): Promise<boolean> {
  return fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.ok,
    () => false,
  );
}
