// The real server and worker processes for benchmarks that measure the platform under load,
// and the subsidy files they ingest (distinct persons per file, so each is its own batch).
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@zhijian/local-services';
import { residentIdCheckCharacter } from '@zhijian/standard';
import { benchEnv } from './env';

const serverEntry = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));
const workerEntry = fileURLToPath(new URL('../../../apps/worker/src/main.ts', import.meta.url));

export interface RunningProcess {
  stop(): Promise<void>;
}

// Children still running. A benchmark stopped with Ctrl-C (or killed by a CI timeout) takes
// them down with it instead of leaving a server and workers ingesting into nowhere.
const running = new Set<ChildProcess>();
let exitHooked = false;

function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', () => {
      for (const alive of running) alive.kill('SIGKILL');
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        for (const alive of running) alive.kill('SIGTERM');
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }
  return child;
}

const stopper = (child: ChildProcess) => (): Promise<void> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));

export async function startServerProcess(env: Record<string, string>): Promise<RunningProcess & { baseUrl: string }> {
  const port = await findFreePort();
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', serverEntry], {
      env: { PATH: benchEnv.PATH, HOME: benchEnv.HOME, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error('server exited early');
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error('server not healthy in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, stop: stopper(child) };
}

export function startWorkerProcess(env: Record<string, string>): RunningProcess {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', workerEntry], {
      env: { PATH: benchEnv.PATH, HOME: benchEnv.HOME, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  return { stop: stopper(child) };
}

/** `rows` subsidy payments (a year per person), persons numbered from `firstPerson`. */
export async function writeSubsidyFile(file: string, rows: number, firstPerson: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('公民身份号码,姓名,发放月份,发放金额(元)\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const person = firstPerson + Math.floor(i / 12);
    const birth = new Date(Date.UTC(1940, 0, 1) + (person % 25_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `430703${birth}${String(Math.floor(person / 25_000) % 1000).padStart(3, '0')}`;
    buffer += `${first17}${residentIdCheckCharacter(first17)},张伟,2026-${String((i % 12) + 1).padStart(2, '0')},${(300 + (person % 500)).toFixed(2)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
