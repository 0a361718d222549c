// The job catalogue: every job's queue and payload schema, shared by the producers
// (server, CLI) and the worker, which validates each payload again before running it.
import { z } from 'zod';

export const QUEUE_NAMES = ['system', 'ingest'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const jobCatalog = {
  /** A round trip through the queue: proves producer, Redis and worker are connected. */
  'system.ping': {
    queue: 'system',
    payload: z.object({ message: z.string().max(200), requestedAt: z.iso.datetime() }),
  },
  /** Parse, standardize and stage a delivered file (resumes after its last staged row). */
  'ingest.stage': {
    queue: 'ingest',
    payload: z.object({ batchId: z.uuid() }),
  },
  /** Resolve the staged rows' subjects and publish them into the library, in one transaction. */
  'ingest.publish': {
    queue: 'ingest',
    payload: z.object({ batchId: z.uuid() }),
  },
  /** Daily: mark overdue deliveries of the data-responsibility list. */
  'responsibility.check_overdue': {
    queue: 'system',
    payload: z.object({ asOf: z.iso.date().optional() }),
  },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType }>;

export type JobName = keyof typeof jobCatalog;
export type JobPayload<K extends JobName> = z.infer<(typeof jobCatalog)[K]['payload']>;

export function parseJobPayload<K extends JobName>(name: K, data: unknown): JobPayload<K> {
  return jobCatalog[name].payload.parse(data) as JobPayload<K>;
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobCatalog, name);
}
