// The one entry point: detect the format, open the matching streaming reader.
import { stat } from 'node:fs/promises';
import { openCsvFeed } from './csv-reader';
import { detectFormat } from './detect-format';
import { FeedReadError } from './errors';
import { openJsonFeed } from './json-reader';
import { openNdjsonFeed } from './ndjson-reader';
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

  const format = options.format ?? (await detectFormat(filePath, options.fileName));
  switch (format) {
    case 'csv':
      return openCsvFeed(filePath);
    case 'xlsx':
      return openXlsxFeed(filePath, options.sheet);
    case 'json':
      return openJsonFeed(filePath);
    case 'ndjson':
      return openNdjsonFeed(filePath);
  }
}
