// The job catalogue: every job's queue and payload schema, shared by the producers
// (server, CLI) and the worker, which validates each payload again before running it.
import { z } from 'zod';

// Model runs have their own queue, so a long collision never delays a delivery's staging.
export const QUEUE_NAMES = ['system', 'ingest', 'warning'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const jobCatalog = {
  /** A round trip through the queue: proves producer, Redis and worker are connected. */
  'system.ping': {
    queue: 'system',
    payload: z.object({ message: z.string().max(200), requestedAt: z.iso.datetime() }),
  },
  /**
   * Read a delivered file from its last staged row and cut it into chunks, each left in the
   * data directory and queued as `ingest.stage_chunk` (so any worker process may stage it).
   */
  'ingest.stage': {
    queue: 'ingest',
    payload: z.object({ batchId: z.uuid() }),
  },
  /**
   * Standardize and write one chunk of a batch (the rows after `afterRow` through `lastRow`),
   * committed in file order; the `final` chunk hands the batch to publish. `stageJobId` is the
   * reader's job: it names this staging run's chunk and publish jobs.
   */
  'ingest.stage_chunk': {
    queue: 'ingest',
    payload: z.object({
      batchId: z.uuid(),
      afterRow: z.number().int().min(0),
      lastRow: z.number().int().min(1),
      final: z.boolean(),
      stageJobId: z.string().min(1).max(200),
    }),
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
  /**
   * Run warning models: the named ones, or every enabled model (that reads `datasetCode`,
   * when a published batch of it triggered the run).
   */
  'warning.run': {
    queue: 'warning',
    payload: z.object({
      models: z.array(z.string().min(1).max(100)).max(100).optional(),
      datasetCode: z.string().min(1).max(100).optional(),
      batchId: z.uuid().optional(),
      trigger: z.enum(['manual', 'schedule', 'batch']),
      asOf: z.iso.date().optional(),
    }),
  },
  /** Daily: remind departments of cases about to fall due; escalate (督办) overdue ones. */
  'casework.check_deadlines': {
    queue: 'system',
    payload: z.object({}),
  },
  /** Every minute (and after case events): send due webhook deliveries, retrying failed ones. */
  'casework.deliver_webhooks': {
    queue: 'system',
    payload: z.object({}),
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
