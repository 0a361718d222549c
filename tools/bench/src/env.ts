import { z } from 'zod';

/** Benchmarks use DATABASE_URL's server when set (else embedded PostgreSQL, as `npm start`). */
export const benchEnv = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    BENCH_INGEST_ROWS: z.coerce.number().int().min(1000).default(1_000_000),
  })
  .parse(process.env);
