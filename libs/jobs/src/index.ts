export { isJobName, jobCatalog, parseJobPayload, QUEUE_NAMES, type JobName, type JobPayload, type QueueName } from './catalog';
export { createRedisConnection } from './connection';
export { DEFAULT_PREFIX, defaultJobOptions } from './options';
export { createQueues, enqueue, type Queues } from './queues';
