import type { DbHandle } from '@zhijian/db';
import type { FeedLimits } from '@zhijian/ingest';
import type { JobName, JobPayload, Queues } from '@zhijian/jobs';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

export interface HandlerContext {
  database: DbHandle;
  db: DbHandle['db'];
  queues: Queues;
  job: Job;
  log: Logger;
  dataDir: string;
  /** FEED_MAX_ROWS and the other file limits from the environment; undefined → the defaults. */
  feedLimits?: FeedLimits;
  /** INGEST_CHUNK_ROWS; undefined → the pipeline's default. */
  chunkRows?: number;
  /** The job's lock token: a handler that sends its job back to the queue (`moveToDelayed`) needs it. */
  token?: string;
}

/** A job handler. A job may run twice (retries, crashes), so every handler must be idempotent. */
export type JobHandler<K extends JobName> = (payload: JobPayload<K>, ctx: HandlerContext) => Promise<unknown>;

export type HandlerRegistry = { [K in JobName]: JobHandler<K> };
