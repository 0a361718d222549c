import { createDb } from '@zhijian/db';
import { type FeedLimitsEnv, feedLimitsOf } from '@zhijian/ingest';
import { createQueues, createRedisConnection, isJobName, parseJobPayload, QUEUE_NAMES, type JobName } from '@zhijian/jobs';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import path from 'node:path';
import type { WorkerEnv } from './env';
import { registerBuiltInModels } from '@zhijian/warning';
import { scheduleRecurringJobs } from './schedules';
import { handlers } from './handlers';
import type { JobHandler } from './handlers/types';

export interface RunningWorker {
  close(): Promise<void>;
}

/** One BullMQ worker per queue, sharing a database pool and a Redis connection. */
export function startWorker(
  env: Pick<WorkerEnv, 'DATABASE_URL' | 'REDIS_URL' | 'QUEUE_PREFIX' | 'WORKER_CONCURRENCY' | 'DATA_DIR'> &
    Partial<Pick<WorkerEnv, 'WORKER_LOCK_DURATION_MS' | 'INGEST_CHUNK_ROWS'> & FeedLimitsEnv>,
  log: Logger,
): RunningWorker {
  // A staging chunk holds two connections for a moment (its transaction, and the short one
  // resolving its subjects), so chunks waiting for their turn never take the last ones.
  const database = createDb(env.DATABASE_URL, { max: 2 * env.WORKER_CONCURRENCY + 2, applicationName: 'zhijian-worker' });
  const connection = createRedisConnection(env.REDIS_URL);
  const queues = createQueues(connection, env.QUEUE_PREFIX);
  const dataDir = path.resolve(env.DATA_DIR);
  // Limits a delivered file must keep to; unset ones (tests) take the readers' defaults.
  const feedLimits = env.FEED_MAX_ROWS === undefined ? undefined : feedLimitsOf(env as FeedLimitsEnv);

  // Built-in warning models are registered (idempotently) before the first job runs.
  const ready = registerBuiltInModels(database.db).catch((error: unknown) => log.error({ err: error }, 'registering warning models failed'));

  const runJob = async (job: Job, token?: string) => {
    await ready;
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
    return handler(payload, {
      database,
      db: database.db,
      queues,
      dataDir,
      feedLimits,
      chunkRows: env.INGEST_CHUNK_ROWS,
      job,
      token,
      log: log.child({ job: job.name, jobId: job.id }),
    });
  };

  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(queue, runJob, {
      connection,
      // The same hash-tagged prefix as the queues (`{zhijian}`), so the keys share a cluster slot.
      prefix: queues.prefix,
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
  log.info({ queues: QUEUE_NAMES, prefix: queues.prefix }, 'worker started');

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
