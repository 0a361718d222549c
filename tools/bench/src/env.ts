import { z } from 'zod';

/** Benchmarks use DATABASE_URL's server when set (else embedded PostgreSQL, as `npm start`). */
export const benchEnv = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    /** The query benchmark's server process needs Redis (default: the local one). */
    REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
    BENCH_INGEST_ROWS: z.coerce.number().int().min(1000).default(1_000_000),
    PATH: z.string().default(''),
    HOME: z.string().default('/tmp'),
    /** Subsidy payments and property records for the warning-engine benchmark. */
    BENCH_WARNING_PAYMENTS: z.coerce.number().int().min(1000).default(1_000_000),
    BENCH_WARNING_PROPERTIES: z.coerce.number().int().min(1000).default(5_000_000),
    BENCH_QUERY_PERSONS: z.coerce.number().int().min(1000).default(1_000_000),
    /** Load benchmark: the city, the analysts, how long they work, and the rows of each of the two batches. */
    BENCH_LOAD_PERSONS: z.coerce.number().int().min(1000).default(1_000_000),
    BENCH_LOAD_ANALYSTS: z.coerce.number().int().min(1).default(50),
    BENCH_LOAD_SECONDS: z.coerce.number().int().min(5).default(60),
    BENCH_LOAD_ROWS: z.coerce.number().int().min(1000).default(1_000_000),
    /** Questions per second one analyst asks at most (a quick reader); the saturating round ignores it. */
    BENCH_LOAD_RATE: z.coerce.number().min(0.1).default(1),
    /** Workers benchmark: rows per batch and batches (one batch: one file split across the processes), loaded by one and then two worker processes. */
    BENCH_WORKERS_ROWS: z.coerce.number().int().min(1000).default(1_000_000),
    BENCH_WORKERS_BATCHES: z.coerce.number().int().min(1).default(1),
    /** WORKER_CONCURRENCY of each worker process in the workers benchmark (the worker's default). */
    BENCH_WORKERS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    /** Persons of the generated city the analysis dashboards are timed on. */
    BENCH_ANALYSIS_PERSONS: z.coerce.number().int().min(1000).default(1_000_000),
  })
  .parse(process.env);
