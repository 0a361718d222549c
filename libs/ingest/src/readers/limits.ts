// How much a delivered file may ask of a process. Every limit is checked while the file is
// streamed, so a hostile file fails early with its own error code instead of exhausting
// memory or disk. Defaults suit real feeds by a wide margin; each is overridable from the
// environment (see README "Configuration").
import { parseEnv } from '@zhijian/config';
import { z } from 'zod';

export interface FeedLimits {
  /** Data rows one delivery may hold (FEED_MAX_ROWS). */
  maxRows: number;
  /** UTF-8 bytes one cell (or JSON value) may hold (FEED_MAX_CELL_BYTES); a larger cell rejects its row. */
  maxCellBytes: number;
  /** Columns a header may have (FEED_MAX_COLUMNS). */
  maxColumns: number;
  /** Worksheets a workbook may have (XLSX_MAX_SHEETS). */
  maxSheets: number;
  /** Bytes a workbook may unzip to, all parts together (XLSX_MAX_UNCOMPRESSED_BYTES): zip bombs. */
  maxUncompressedBytes: number;
  /** Seconds a read may wait without a byte read or unzipped (FEED_READ_STALL_SECONDS): a broken workbook never hangs a worker. */
  readStallSeconds: number;
}

export const DEFAULT_FEED_LIMITS: FeedLimits = {
  maxRows: 50_000_000,
  maxCellBytes: 1024 * 1024,
  maxColumns: 1_000,
  maxSheets: 1_000,
  maxUncompressedBytes: 8 * 1024 ** 3,
  readStallSeconds: 30,
};

const positive = z.coerce.number().int().min(1);

/** Spread into an app's env schema (`...feedLimitsEnvShape`) so its env.ts validates them. */
export const feedLimitsEnvShape = {
  FEED_MAX_ROWS: positive.default(DEFAULT_FEED_LIMITS.maxRows),
  FEED_MAX_CELL_BYTES: positive.default(DEFAULT_FEED_LIMITS.maxCellBytes),
  FEED_MAX_COLUMNS: positive.default(DEFAULT_FEED_LIMITS.maxColumns),
  XLSX_MAX_SHEETS: positive.default(DEFAULT_FEED_LIMITS.maxSheets),
  XLSX_MAX_UNCOMPRESSED_BYTES: positive.default(DEFAULT_FEED_LIMITS.maxUncompressedBytes),
  FEED_READ_STALL_SECONDS: positive.default(DEFAULT_FEED_LIMITS.readStallSeconds),
};

export type FeedLimitsEnv = { [K in keyof typeof feedLimitsEnvShape]: number };

export function feedLimitsOf(env: FeedLimitsEnv): FeedLimits {
  return {
    maxRows: env.FEED_MAX_ROWS,
    maxCellBytes: env.FEED_MAX_CELL_BYTES,
    maxColumns: env.FEED_MAX_COLUMNS,
    maxSheets: env.XLSX_MAX_SHEETS,
    maxUncompressedBytes: env.XLSX_MAX_UNCOMPRESSED_BYTES,
    readStallSeconds: env.FEED_READ_STALL_SECONDS,
  };
}

/** For tests and tools without an env.ts of their own: validated like an app's. */
export function parseFeedLimits(source: Record<string, string | undefined>): FeedLimits {
  return feedLimitsOf(parseEnv(z.object(feedLimitsEnvShape), source));
}

export function resolveFeedLimits(limits: Partial<FeedLimits> | undefined): FeedLimits {
  return { ...DEFAULT_FEED_LIMITS, ...limits };
}

/** UTF-8 size of a cell, measured only when its length alone cannot decide. */
export function cellExceeds(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return Buffer.byteLength(text, 'utf8') > maxBytes;
}
