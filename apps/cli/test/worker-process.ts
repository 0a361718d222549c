import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createQueues, createRedisConnection, QUEUE_NAMES } from '@zhijian/jobs';
import { childProcessEnv } from '@zhijian/testing';

const workerEntry = fileURLToPath(new URL('../../worker/src/main.ts', import.meta.url));

/**
 * Starts a real worker process and resolves once it has registered on every queue, as
 * `zhijian ingest --wait` checks. A fixed sleep is not enough: on a loaded CI machine the
 * worker's start (tsx transform, migrations, model registration) can take many seconds.
 */
export async function startWorker(env: Record<string, string>, extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerEntry], {
    env: childProcessEnv({ ...env, LOG_LEVEL: 'warn', ...extra }),
    stdio: 'ignore',
  });
  const connection = createRedisConnection(env.REDIS_URL!);
  const queues = createQueues(connection, env.QUEUE_PREFIX);
  try {
    for (const deadline = Date.now() + 90_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const counts = await Promise.all(QUEUE_NAMES.map((name) => queues.get(name).getWorkersCount()));
      if (counts.every((count) => count > 0)) return child;
      if (child.exitCode !== null) throw new Error(`the worker process exited with code ${child.exitCode} before it registered`);
      if (Date.now() > deadline) throw new Error('the worker process did not register on every queue within 90 s');
    }
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    await queues.close();
    connection.disconnect();
  }
}
