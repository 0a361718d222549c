// The one entry point: detect the format, open the matching streaming reader.
import { stat } from 'node:fs/promises';
import { openCsvFeed } from './csv-reader';
import { detectFormat } from './detect-format';
import { FeedReadError } from './errors';
import { openJsonFeed } from './json-reader';
import { openNdjsonFeed } from './ndjson-reader';
import { type FeedLimits, resolveFeedLimits } from './limits';
import { type OpenFeed, type OpenFeedOptions } from './types';
import { openXlsxFeed } from './xlsx-reader';

/**
 * Opens a delivered file for streaming: headers are read now, rows as they are iterated.
 * Throws FeedReadError when the file cannot be read at all; a row-level problem is
 * reported on the row instead. Call `close()` when done (also after an early break).
 */
export async function openFeed(filePath: string, options: OpenFeedOptions = {}): Promise<OpenFeed> {
  const { size } = await stat(filePath);
  if (size === 0) throw new FeedReadError('feed.empty', 'The file is empty');

  const limits = resolveFeedLimits(options.limits);
  const format = options.format ?? (await detectFormat(filePath, options.fileName));
  return withinColumnLimit(await openReader(filePath, format, options.sheet, limits), limits.maxColumns);
}

function openReader(filePath: string, format: OpenFeed['format'], sheet: string | undefined, limits: FeedLimits): Promise<OpenFeed> {
  switch (format) {
    case 'csv':
      return openCsvFeed(filePath);
    case 'xlsx':
      return openXlsxFeed(filePath, sheet, limits);
    case 'json':
      return openJsonFeed(filePath, limits.maxCellBytes);
    case 'ndjson':
      return openNdjsonFeed(filePath);
  }
}

/** No catalogue dataset comes near: thousands of columns are a broken export, not data. */
async function withinColumnLimit(feed: OpenFeed, maxColumns: number): Promise<OpenFeed> {
  if (feed.headers.length <= maxColumns) return feed;
  await feed.close();
  throw new FeedReadError(
    'feed.too_many_columns',
    `表头有 ${feed.headers.length} 列，超过上限 ${maxColumns} / the header has ${feed.headers.length} columns, more than the limit of ${maxColumns} (FEED_MAX_COLUMNS)`,
    { rowNumber: feed.headerRowNumber },
  );
}
