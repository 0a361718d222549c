// Worker process entry point: `zhijian worker` or `npm start` runs this file.
import { EnvError, logOptions } from '@zhijian/config';
import os from 'node:os';
import { pino } from 'pino';
import { loadWorkerEnv } from './env';
import { startWorker } from './worker';

let env;
try {
  env = loadWorkerEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`zhijian worker: ${error.message}`);
  process.exit(78);
}

const log = pino(logOptions({ name: 'worker', level: env.LOG_LEVEL }));
try {
  os.setPriority(env.WORKER_NICE);
} catch (error) {
  log.warn({ err: error, nice: env.WORKER_NICE }, 'could not lower the worker priority');
}
const worker = startWorker(env, log);

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'worker closing');
    worker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'worker close failed');
        process.exit(1);
      },
    );
  });
}
