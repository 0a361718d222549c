import { parseEnv } from '@zhijian/config';
import { feedLimitsEnvShape } from '@zhijian/ingest';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const DEFAULT_UPLOAD_RATE_PER_MINUTE = 30;

export const serverEnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  /** Optional read replica for relational query and analysis (docs/SCALING.md); unset: DATABASE_URL. */
  DATABASE_READ_URL: z.string().url().optional(),
  REDIS_URL: z.string().url(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where uploaded files and other server data live. */
  DATA_DIR: z.string().min(1).default('.zhijian/data'),
  /** Signs the session cookie; at least 32 characters, from the environment only. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** A session's absolute lifetime after login, and how long it survives without a request. */
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60 * 30).default(120),
  /** Set when served over HTTPS, so the session cookie is marked Secure. */
  COOKIE_SECURE: flag.default(false),
  /** Largest accepted upload, enforced while streaming (default 4 GiB). */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).default(4 * 1024 ** 3),
  /** Uploads one user may start per minute (counted in Redis, across server processes). */
  UPLOAD_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_UPLOAD_RATE_PER_MINUTE),
  QUEUE_PREFIX: z.string().regex(/^[\w-]+$/).default('zhijian'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built web apps are; defaults to each app's own `dist` folder in the repo. */
  WEB_ROOT: z.string().optional(),
  /** FEED_MAX_ROWS, FEED_MAX_COLUMNS, XLSX_MAX_SHEETS, …: the same limits the worker applies, here to preview and submit. */
  ...feedLimitsEnvShape,
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export const loadServerEnv = (): ServerEnv => parseEnv(serverEnvSchema, process.env);
