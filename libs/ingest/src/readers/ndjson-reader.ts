// NDJSON / JSON Lines: one object per line. A broken line becomes a row with a problem,
// so one bad record rejects that record, not the file.
import { FeedReadError } from './errors';
import { jsonCell, jsonColumns, type JsonColumns, quoteLongIntegers, scanObjectKeys } from './json-values';
import { textFeed } from './row-iterator';
import { openTextStream } from './text-stream';
import { type FeedRow, type OpenFeed } from './types';

/** A line is buffered whole; past this a missing line break is assumed, not a record. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

type ParsedLine =
  | { lineNumber: number; kind: 'object'; value: Record<string, unknown> }
  | { lineNumber: number; kind: 'invalid_json' | 'not_an_object' };

export async function openNdjsonFeed(filePath: string): Promise<OpenFeed> {
  const text = await openTextStream(filePath);
  try {
    const lines = new LineSplitter();
    let ended = false;
    const readLines = async (): Promise<ParsedLine[]> => {
      const next = await text.chunks.next();
      if (next.done) ended = true;
      return lines.push(next.done ? undefined : next.value);
    };

    // Keys of the first objects make the headers; the lines read meanwhile are kept.
    const { scanned, keys } = await scanObjectKeys(readLines, () => ended, (line) => (line.kind === 'object' ? Object.keys(line.value) : undefined));

    const first = scanned[0];
    const firstObject = scanned.find((line) => line.kind === 'object');
    if (!first) throw new FeedReadError('feed.empty', 'The file is empty');
    if (!firstObject) {
      if (first.kind === 'invalid_json') {
        throw new FeedReadError('feed.ndjson_line', `Line ${first.lineNumber} is not valid JSON, nor is any line after it`, {
          rowNumber: first.lineNumber,
        });
      }
      throw new FeedReadError('feed.json_shape', 'The lines are JSON values but not objects', { rowNumber: first.lineNumber });
    }
    if (keys.size === 0) throw new FeedReadError('feed.no_header', 'The objects have no keys', { rowNumber: firstObject.lineNumber });

    const columns = jsonColumns(keys);
    return textFeed(
      { format: 'ndjson', encoding: text.encoding, headerRowNumber: firstObject.lineNumber, headers: columns.headers },
      { scanned, readMore: readLines, ended: () => ended, close: () => text.close(), bytesRead: () => text.bytesRead() },
      (line) => toFeedRow(line, columns),
    );
  } catch (error) {
    text.close();
    throw error;
  }
}

function toFeedRow(line: ParsedLine, { headers, columnOf }: JsonColumns): FeedRow {
  const values: Array<string | null> = new Array<string | null>(headers.length).fill(null);
  if (line.kind !== 'object') return { rowNumber: line.lineNumber, values, problem: line.kind };
  for (const key of Object.keys(line.value)) {
    const column = columnOf.get(key);
    if (column !== undefined) values[column] = jsonCell(line.value[key]);
  }
  return { rowNumber: line.lineNumber, values };
}

/** Splits decoded chunks into numbered, parsed lines; blank lines are skipped but counted. */
class LineSplitter {
  private pending = '';
  private lineNumber = 0;

  /** `undefined` marks the end of input. */
  push(chunk: string | undefined): ParsedLine[] {
    const buf = this.pending + (chunk ?? '');
    const out: ParsedLine[] = [];
    let pos = 0;
    for (;;) {
      let end = buf.indexOf('\n', pos);
      if (end === -1) {
        if (chunk !== undefined || pos >= buf.length) break;
        end = buf.length;
      }
      this.lineNumber++;
      const parsed = parseLine(buf.slice(pos, end), this.lineNumber);
      if (parsed) out.push(parsed);
      pos = end + 1;
    }
    this.pending = pos < buf.length ? buf.slice(pos) : '';
    if (this.pending.length > MAX_LINE_CHARS) {
      throw new FeedReadError('feed.ndjson_line', `Line ${this.lineNumber + 1} is longer than ${MAX_LINE_CHARS} characters`, {
        rowNumber: this.lineNumber + 1,
      });
    }
    return out;
  }
}

function parseLine(line: string, lineNumber: number): ParsedLine | undefined {
  const trimmed = line.trim();
  if (trimmed.length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(quoteLongIntegers(trimmed));
  } catch {
    return { lineNumber, kind: 'invalid_json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { lineNumber, kind: 'not_an_object' };
  return { lineNumber, kind: 'object', value: value as Record<string, unknown> };
}
