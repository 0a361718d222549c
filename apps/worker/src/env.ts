import { parseEnv } from '@zhijian/config';
import { feedLimitsEnvShape } from '@zhijian/ingest';
import { z } from 'zod';

export const workerEnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  /** Where delivered files are stored (shared with the server). */
  DATA_DIR: z.string().min(1).default('.zhijian/data'),
  QUEUE_PREFIX: z.string().regex(/^[\w-]+$/).default('zhijian'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How long a job's lock lasts; a killed worker's job is retried once it expires. */
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  /**
   * The worker's CPU niceness (0–19). Ingestion and model runs are batch work: where they
   * share cores with the server (one machine, `npm start`), analysts' requests come first.
   */
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /**
   * Rows per staging chunk: the unit one worker standardizes and commits. A batch's chunks
   * are shared by every worker process on the queue.
   */
  INGEST_CHUNK_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** FEED_MAX_ROWS, FEED_MAX_CELL_BYTES, FEED_MAX_COLUMNS, XLSX_MAX_SHEETS, XLSX_MAX_UNCOMPRESSED_BYTES. */
  ...feedLimitsEnvShape,
});

export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export const loadWorkerEnv = (): WorkerEnv => parseEnv(workerEnvSchema, process.env);
