import { parseEnv } from '@zhijian/config';
import { feedLimitsEnvShape } from '@zhijian/ingest';
import { z } from 'zod';

export const cliEnvSchema = z.object({
  /** Unset: the embedded PostgreSQL under `.zhijian/`, as `npm start` uses. */
  DATABASE_URL: z.string().url().optional(),
  /** Unset: 127.0.0.1:6379 if it answers, else a private redis-server. */
  REDIS_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Where delivered files are stored; default `.zhijian/data`. Server, worker and CLI must agree. */
  DATA_DIR: z.string().min(1).optional(),
  QUEUE_PREFIX: z.string().regex(/^[\w-]+$/).default('zhijian'),
  /** Where `npm start` keeps its embedded database, secrets and demo credentials. */
  ZHIJIAN_HOME: z.string().min(1).optional(),
  /** `0` or `false`: `npm start` does not load the demo city (same as `--no-demo`). */
  ZHIJIAN_DEMO: z.enum(['0', '1', 'false', 'true']).optional(),
  /** FEED_MAX_*, XLSX_MAX_*: the limits `zhijian ingest` checks a file's header against, as the server does. */
  ...feedLimitsEnvShape,
});

export type CliEnv = z.infer<typeof cliEnvSchema>;

/** The variables the CLI passes on to the server and worker it starts (PATH, locale, …). */
export const inheritedEnvironment = (): NodeJS.ProcessEnv => ({ ...process.env });

let cached: CliEnv | undefined;
export const cliEnv = (): CliEnv => (cached ??= parseEnv(cliEnvSchema, process.env));
