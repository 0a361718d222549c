import type { DefaultJobOptions } from 'bullmq';

/**
 * Retries with exponential backoff; completed jobs kept for a day (and at most 1,000),
 * failed ones for a week, so operators can inspect and retry them.
 */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** The key prefix in Redis; tests use one of their own so they never see each other's jobs. */
export const DEFAULT_PREFIX = 'zhijian';
