// CSV (and TSV, semicolon- or pipe-separated text): encoding and delimiter sniffed from
// the start of the file, the header found under any title rows, then records streamed
// chunk by chunk.
import { cellText } from './cell-text';
import { CsvTokenizer } from './csv-tokenizer';
import { sniffDelimiter, sniffNewline } from './delimiter';
import { FeedReadError } from './errors';
import { HEADER_SCAN_ROWS, findHeaderIndex, makeHeaders } from './header-detection';
import { batchedRows } from './row-iterator';
import { openTextStream } from './text-stream';
import { type FeedRow, type OpenFeed } from './types';

/** Enough text to see the delimiter on the first lines, even with a long title. */
const SNIFF_CHARS = 64 * 1024;

interface ScannedRecord {
  rowNumber: number;
  fields: string[];
  cells: Array<string | null>;
}

export async function openCsvFeed(filePath: string): Promise<OpenFeed> {
  const text = await openTextStream(filePath);
  try {
    let sample = '';
    let ended = false;
    while (sample.length < SNIFF_CHARS) {
      const next = await text.chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      sample += next.value;
    }
    if (sample.trim().length === 0 && ended) throw new FeedReadError('feed.empty', 'The file is empty');

    const newline = sniffNewline(sample);
    const tokenizer = new CsvTokenizer(sniffDelimiter(sample, newline), newline);
    const records: string[][] = [];
    tokenizer.push(sample, records);
    if (ended) tokenizer.end(records);

    // Tokenize on until enough non-empty records are seen to pick the header.
    const scanned: ScannedRecord[] = [];
    let recordNumber = 0;
    let consumed = 0;
    const scan = () => {
      for (; consumed < records.length; consumed++) {
        const fields = records[consumed] as string[];
        recordNumber++;
        const cells = fields.map(cellText);
        if (cells.some((cell) => cell !== null)) scanned.push({ rowNumber: recordNumber, fields, cells });
      }
    };
    scan();
    while (scanned.length < HEADER_SCAN_ROWS && !ended) {
      const next = await text.chunks.next();
      if (next.done) {
        ended = true;
        tokenizer.end(records);
      } else {
        tokenizer.push(next.value, records);
      }
      scan();
    }

    const headerIndex = findHeaderIndex(scanned.map((record) => record.cells));
    const header = scanned[headerIndex];
    if (!header) throw new FeedReadError('feed.empty', 'The file has no data: every line is blank');
    const headers = makeHeaders(header.cells);
    const width = headers.length;

    const firstRows: FeedRow[] = [];
    for (const record of scanned.slice(headerIndex + 1)) {
      const row = toFeedRow(record.fields, record.rowNumber, width);
      if (row) firstRows.push(row);
    }

    let firstServed = false;
    const nextBatch = async (): Promise<FeedRow[] | undefined> => {
      if (!firstServed) {
        firstServed = true;
        return firstRows;
      }
      if (ended) return undefined;
      const next = await text.chunks.next();
      const batch: string[][] = [];
      if (next.done) {
        ended = true;
        tokenizer.end(batch);
      } else {
        tokenizer.push(next.value, batch);
      }
      const rows: FeedRow[] = [];
      for (const fields of batch) {
        const row = toFeedRow(fields, ++recordNumber, width);
        if (row) rows.push(row);
      }
      return rows;
    };

    const rows = batchedRows(nextBatch, () => text.close());
    return {
      format: 'csv',
      encoding: text.encoding,
      headerRowNumber: header.rowNumber,
      headers,
      rows,
      close: async () => {
        await rows.return?.();
      },
      bytesRead: () => text.bytesRead(),
    };
  } catch (error) {
    text.close();
    throw error;
  }
}

/**
 * Values aligned with the headers, or undefined for a blank record. Extra fields that
 * are empty are ignored: Excel pads exported rows with trailing delimiters. The record's
 * own array becomes the values, one allocation less per row.
 */
export function toFeedRow(fields: Array<string | null>, rowNumber: number, width: number): FeedRow | undefined {
  const count = fields.length;
  const shared = count < width ? count : width;
  let filled = false;
  for (let i = 0; i < shared; i++) {
    const text = (fields[i] as string).trim();
    if (text.length === 0) {
      fields[i] = null;
    } else {
      fields[i] = text;
      filled = true;
    }
  }

  let extraFilled = false;
  for (let i = width; i < count; i++) {
    if ((fields[i] as string).trim().length > 0) {
      extraFilled = true;
      break;
    }
  }
  if (!filled && !extraFilled) return undefined;

  if (count > width) fields.length = width;
  else for (let i = count; i < width; i++) fields.push(null);
  if (extraFilled) return { rowNumber, values: fields, problem: 'too_many_fields' };
  if (count < width) return { rowNumber, values: fields, problem: 'too_few_fields' };
  return { rowNumber, values: fields };
}
