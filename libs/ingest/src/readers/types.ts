// The reader contract the ingestion pipeline is built on. Every format yields the same
// shape: named columns once, then rows of trimmed strings aligned with them.
import { type FeedLimits } from './limits';

export type FeedFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/**
 * A structural problem with one row. The row is still yielded so the pipeline can reject
 * it with a reason instead of failing the whole file.
 */
export type FeedRowProblem =
  /** CSV/XLSX: non-empty values beyond the last header column (they are dropped). */
  | 'too_many_fields'
  /** CSV: fewer fields than headers (the missing ones are null). */
  | 'too_few_fields'
  /** NDJSON: the line is not valid JSON (all values null). */
  | 'invalid_json'
  /** JSON/NDJSON: the element or line is valid JSON but not an object (all values null). */
  | 'not_an_object'
  /** A cell larger than FEED_MAX_CELL_BYTES (checked by the pipeline). */
  | 'cell_too_large'
  /** A cell holding a NUL character, which PostgreSQL text cannot store (checked by the pipeline). */
  | 'nul_character';

export interface FeedRow {
  /** The row number a user sees in the source: CSV record, sheet row, array element (1-based) or NDJSON line. */
  rowNumber: number;
  /** Aligned with `OpenFeed.headers`: trimmed strings, empty → null. */
  values: Array<string | null>;
  problem?: FeedRowProblem;
}

export interface OpenFeed {
  format: FeedFormat;
  /** Detected text encoding ('utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'); absent for XLSX. */
  encoding?: string;
  /** The XLSX sheet read. */
  sheet?: string;
  /** 1-based row/line where the header was found (JSON/NDJSON: the first object's row number). */
  headerRowNumber: number;
  /** As in the file (trimmed); duplicates made unique as `name`, `name_2`. */
  headers: string[];
  /** Single-use: iterate once. Fully-empty CSV/XLSX rows are skipped. */
  rows: AsyncIterable<FeedRow>;
  /** Releases the file; safe to call more than once and while rows are being read. */
  close(): Promise<void>;
  /** Bytes of the file read so far (a little ahead of the rows served): with the file size, how far reading has come. */
  bytesRead(): number;
}

export interface OpenFeedOptions {
  /** Skip detection and read the file as this format. */
  format?: FeedFormat;
  /** XLSX: the sheet to read; default is the first visible sheet. */
  sheet?: string;
  /** The name the file was uploaded under, when `filePath` is a temp path without a useful extension. */
  fileName?: string;
  /** Size limits enforced while reading; unset ones take DEFAULT_FEED_LIMITS. */
  limits?: Partial<FeedLimits>;
}
