import { Redis } from 'ioredis';

/**
 * BullMQ needs `maxRetriesPerRequest: null` on connections used by workers, so blocking
 * commands wait for Redis to come back instead of failing the job.
 */
export function createRedisConnection(url: string): Redis {
  const connection = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
  // Without a listener, a Redis restart would crash the process with an unhandled 'error'.
  connection.on('error', () => undefined);
  return connection;
}
