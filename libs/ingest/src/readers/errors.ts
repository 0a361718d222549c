// A feed that cannot be read at all. Codes are part of the public contract (stored with
// the batch, shown to the steward): add new ones, never rename.

export type FeedErrorCode =
  | 'feed.empty'
  | 'feed.no_header'
  | 'feed.unsupported_format'
  | 'feed.encoding'
  | 'feed.csv_quote'
  | 'feed.csv_record_too_long'
  | 'feed.xlsx_corrupt'
  | 'feed.sheet_not_found'
  | 'feed.json_shape'
  | 'feed.json_syntax'
  | 'feed.ndjson_line'
  /** The header has more columns than FEED_MAX_COLUMNS. */
  | 'feed.too_many_columns'
  /** More data rows than FEED_MAX_ROWS (found while streaming; nothing is published). */
  | 'feed.too_many_rows'
  /** JSON: one value larger than FEED_MAX_CELL_BYTES (refused before it is buffered). */
  | 'feed.cell_too_large'
  /** XLSX: more worksheets than XLSX_MAX_SHEETS. */
  | 'feed.xlsx_too_many_sheets'
  /** XLSX: unzips to more than XLSX_MAX_UNCOMPRESSED_BYTES (a zip bomb, or simply too big). */
  | 'feed.xlsx_too_large'
  /** XLSX: the sheet read is empty while other sheets exist (`availableSheets` names them). */
  | 'feed.sheet_empty'
  /** Reading made no progress for FEED_READ_STALL_SECONDS (a damaged file no other check named). */
  | 'feed.read_stalled';

export interface FeedReadErrorOptions {
  /** The source row (record, sheet row, element or line) where reading failed. */
  rowNumber?: number;
  /** `feed.sheet_not_found`: the sheets the workbook does have. */
  availableSheets?: string[];
  cause?: unknown;
}

export class FeedReadError extends Error {
  override readonly name = 'FeedReadError';
  readonly code: FeedErrorCode;
  readonly rowNumber?: number;
  readonly availableSheets?: string[];

  constructor(code: FeedErrorCode, message: string, options: FeedReadErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.rowNumber !== undefined) this.rowNumber = options.rowNumber;
    if (options.availableSheets !== undefined) this.availableSheets = options.availableSheets;
  }
}
