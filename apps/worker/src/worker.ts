import { createDb } from '@zhijian/db';
import { createQueues, createRedisConnection, isJobName, parseJobPayload, QUEUE_NAMES, type JobName } from '@zhijian/jobs';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import path from 'node:path';
import type { WorkerEnv } from './env';
import { scheduleRecurringJobs } from './schedules';
import { handlers } from './handlers';
import type { JobHandler } from './handlers/types';

export interface RunningWorker {
  close(): Promise<void>;
}

/** One BullMQ worker per queue, sharing a database pool and a Redis connection. */
export function startWorker(
  env: Pick<WorkerEnv, 'DATABASE_URL' | 'REDIS_URL' | 'QUEUE_PREFIX' | 'WORKER_CONCURRENCY' | 'DATA_DIR'> &
    Partial<Pick<WorkerEnv, 'WORKER_LOCK_DURATION_MS'>>,
  log: Logger,
): RunningWorker {
  const database = createDb(env.DATABASE_URL, { max: env.WORKER_CONCURRENCY + 2, applicationName: 'zhijian-worker' });
  const connection = createRedisConnection(env.REDIS_URL);
  const queues = createQueues(connection, env.QUEUE_PREFIX);
  const dataDir = path.resolve(env.DATA_DIR);

  const runJob = async (job: Job) => {
    if (!isJobName(job.name)) throw new UnrecoverableError(`unknown job ${job.name}`);
    const name: JobName = job.name;
    let payload;
    try {
      // Validated again here: the queue is a trust boundary, whoever enqueued the job.
      payload = parseJobPayload(name, job.data);
    } catch (error) {
      throw new UnrecoverableError(`invalid payload for ${name}: ${String(error)}`);
    }
    const handler = handlers[name] as JobHandler<JobName>;
    return handler(payload, { database, db: database.db, queues, dataDir, job, log: log.child({ job: job.name, jobId: job.id }) });
  };

  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(queue, runJob, {
      connection,
      prefix: env.QUEUE_PREFIX,
      concurrency: env.WORKER_CONCURRENCY,
      lockDuration: env.WORKER_LOCK_DURATION_MS ?? 30_000,
      // A job whose worker died is put back (stalled) rather than failed, a few times over.
      stalledInterval: Math.min(env.WORKER_LOCK_DURATION_MS ?? 30_000, 30_000),
      maxStalledCount: 3,
    });
    worker.on('failed', (job, error) => log.warn({ job: job?.name, jobId: job?.id, err: error }, 'job failed'));
    worker.on('error', (error) => log.error({ err: error, queue }, 'worker error'));
    return worker;
  });
  void scheduleRecurringJobs(queues).catch((error: unknown) => log.error({ err: error }, 'scheduling recurring jobs failed'));
  log.info({ queues: QUEUE_NAMES, prefix: env.QUEUE_PREFIX }, 'worker started');

  return {
    close: async () => {
      // Lets running jobs finish; unfinished ones are picked up again after restart.
      await Promise.all(workers.map((worker) => worker.close()));
      await queues.close();
      connection.disconnect();
      await database.close();
    },
  };
}
