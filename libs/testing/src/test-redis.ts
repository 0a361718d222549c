import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import './provided-context';

/** The Redis the global setup found or started. */
export function testRedisUrl(): string {
  return inject('zhijianRedisUrl');
}

/** A BullMQ key prefix of the test's own, so tests never see each other's queues. */
export function uniqueQueuePrefix(): string {
  return `zjtest-${randomBytes(5).toString('hex')}`;
}
