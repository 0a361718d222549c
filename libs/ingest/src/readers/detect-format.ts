// Which reader a file needs. Magic bytes first (an .xlsx is a zip whatever its name),
// then the extension, then the first character of the text.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { sniffEncoding } from './encoding';
import { FeedReadError } from './errors';
import { type FeedFormat } from './types';

const HEAD_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, FeedFormat | 'json-or-ndjson'> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.json': 'json-or-ndjson',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

export async function detectFormat(filePath: string, fileName?: string): Promise<FeedFormat> {
  const head = await readHead(filePath);
  if (isZip(head)) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new FeedReadError(
      'feed.unsupported_format',
      'This is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV and upload it again',
    );
  }

  const text = headText(head);
  const byExtension = EXTENSIONS[path.extname(fileName ?? filePath).toLowerCase()];
  // A name ending in .xlsx without the zip signature is usually a CSV an export tool
  // misnamed: the content decides below.
  if (byExtension !== undefined && byExtension !== 'xlsx') {
    return byExtension === 'json-or-ndjson' ? jsonOrNdjson(text) : byExtension;
  }

  if (head.includes(0) && !text.utf16) {
    throw new FeedReadError('feed.unsupported_format', 'The file is binary, not CSV, Excel (.xlsx) or JSON text');
  }
  const first = text.value.trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  return 'csv';
}

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isZip(head: Buffer): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06);
}

/** Enough decoding to see the first characters; JSON syntax characters are ASCII. */
function headText(head: Buffer): { value: string; utf16: boolean } {
  const encoding = sniffEncoding(head, false);
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  // GB18030 shares ASCII with UTF-8, which is all the first character needs.
  return { value: new TextDecoder(utf16 ? encoding : 'utf-8').decode(head), utf16 };
}

/**
 * Many systems name line-delimited JSON ".json". A .json file whose first two lines are
 * objects, the first one complete, is NDJSON; anything else (including one wrapper object
 * such as `{"data": [...]}`) is read as a JSON document.
 */
function jsonOrNdjson(text: { value: string }): FeedFormat {
  const [first, second] = text.value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (first === undefined || second === undefined || !first.startsWith('{') || !second.startsWith('{')) return 'json';
  try {
    const parsed: unknown = JSON.parse(first);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? 'ndjson' : 'json';
  } catch {
    return 'json';
  }
}
