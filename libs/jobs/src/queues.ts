import { type JobsOptions, Queue } from 'bullmq';
import type { RedisConnection } from './connection';
import { type JobName, type JobPayload, jobCatalog, parseJobPayload, QUEUE_NAMES, type QueueName } from './catalog';
import { DEFAULT_PREFIX, defaultJobOptions } from './options';
import { hashTaggedPrefix } from './prefix';

export interface Queues {
  /** The hash-tagged key prefix in use (`{zhijian}`); workers and QueueEvents must use the same. */
  prefix: string;
  get(name: QueueName): Queue;
  close(): Promise<void>;
}

export function createQueues(connection: RedisConnection, basePrefix = DEFAULT_PREFIX): Queues {
  const prefix = hashTaggedPrefix(basePrefix);
  const queues = new Map<QueueName, Queue>(
    QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix, defaultJobOptions })]),
  );
  return {
    prefix,
    get: (name) => {
      const queue = queues.get(name);
      if (!queue) throw new Error(`unknown queue ${name}`);
      return queue;
    },
    close: async () => {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}

/**
 * Validates the payload and adds the job to its queue. Pass a deterministic `jobId`
 * (e.g. the batch id) where a duplicate request must not run the work twice.
 */
export async function enqueue<K extends JobName>(
  queues: Queues,
  name: K,
  payload: JobPayload<K>,
  options: Pick<JobsOptions, 'jobId' | 'delay' | 'priority'> = {},
) {
  const data = parseJobPayload(name, payload);
  return queues.get(jobCatalog[name].queue).add(name, data, options);
}
