export { isJobName, jobCatalog, parseJobPayload, QUEUE_NAMES, type JobName, type JobPayload, type QueueName } from './catalog';
export { createRedisConnection, parseClusterUrl, type ClusterSeeds, type RedisConnection } from './connection';
export { hashTaggedPrefix } from './prefix';
export { DEFAULT_PREFIX, defaultJobOptions } from './options';
export { createQueues, enqueue, type Queues } from './queues';
