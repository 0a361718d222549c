import type { Db } from '@zhijian/db';
import type { JobName, JobPayload } from '@zhijian/jobs';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

export interface HandlerContext {
  db: Db;
  job: Job;
  log: Logger;
}

/** A job handler. A job may run twice (retries, crashes), so every handler must be idempotent. */
export type JobHandler<K extends JobName> = (payload: JobPayload<K>, ctx: HandlerContext) => Promise<unknown>;

export type HandlerRegistry = { [K in JobName]: JobHandler<K> };
