// Finds or starts Redis for `npm start` and tests when no REDIS_URL is given.
import { spawn, spawnSync } from 'node:child_process';
import { findFreePort, isPortOpen } from './free-port';

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  constructor() {
    super(
      'Redis is needed but none answers on 127.0.0.1:6379 and `redis-server` is not on PATH. ' +
        'Install it (Debian/Ubuntu: `apt-get install -y redis-server`; macOS: `brew install redis`) ' +
        'or set REDIS_URL.',
    );
  }
}

/** 127.0.0.1:6379 if it answers; else a private `redis-server` on a free port, without persistence. */
export async function findOrStartRedis(log: (line: string) => void = () => undefined): Promise<LocalRedis> {
  if (await isPortOpen('127.0.0.1', 6379)) {
    return { url: 'redis://127.0.0.1:6379', stop: async () => undefined };
  }
  if (spawnSync('redis-server', ['--version']).error) throw new RedisUnavailableError();

  const port = await findFreePort();
  log(`starting redis-server on port ${port}`);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 50 && !(await isPortOpen('127.0.0.1', port)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
