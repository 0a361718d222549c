// Turning JSON values into the readers' cell text.
import { cellText } from './cell-text';
import { uniqueNames } from './header-detection';

/**
 * Headers of a JSON feed are the keys of its first objects; an object's shape is free, so
 * a key first seen after these is ignored (the pipeline cannot add a column mid-file).
 */
export const HEADER_SCAN_OBJECTS = 1000;

/**
 * Reads items until the first HEADER_SCAN_OBJECTS objects are seen (or the input ends) and
 * collects their keys in first-seen order; every item read meanwhile is kept for serving.
 */
export async function scanObjectKeys<T>(
  readMore: () => Promise<T[]>,
  ended: () => boolean,
  keysOf: (item: T) => Iterable<string> | undefined,
): Promise<{ scanned: T[]; keys: Set<string> }> {
  const scanned: T[] = [];
  const keys = new Set<string>();
  let objects = 0;
  while (objects < HEADER_SCAN_OBJECTS && !ended()) {
    for (const item of await readMore()) {
      scanned.push(item);
      const itemKeys = objects < HEADER_SCAN_OBJECTS ? keysOf(item) : undefined;
      if (!itemKeys) continue;
      objects++;
      for (const key of itemKeys) keys.add(key);
    }
  }
  return { scanned, keys };
}

export interface JsonColumns {
  headers: string[];
  /** Raw key (as in the file) → column index. */
  columnOf: Map<string, number>;
}

/** Columns from raw keys in first-seen order. */
export function jsonColumns(keys: Iterable<string>): JsonColumns {
  const rawKeys = [...keys];
  const headers = uniqueNames(rawKeys);
  return { headers, columnOf: new Map(rawKeys.map((key, i) => [key, i])) };
}

/** A parsed JSON value as cell text: nested objects and arrays as compact JSON. */
export function jsonCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return cellText(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const LONG_INTEGER = /\d{16}/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * JSON.parse turns integers beyond 2^53 into rounded doubles, which destroys 18-digit
 * resident IDs sent as numbers. Such integers are quoted before parsing so their digits
 * survive; anything inside strings is left alone.
 */
export function quoteLongIntegers(line: string): string {
  if (!LONG_INTEGER.test(line)) return line;
  let out = '';
  let copied = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) {
      inString = true;
      continue;
    }
    // Digits right after a letter, digit or dot belong to a larger token (an exponent,
    // a fraction, or invalid JSON that JSON.parse will reject anyway).
    if ((code === MINUS || isDigit(code)) && !/[\w.]/.test(line.charAt(i - 1))) {
      let end = i + 1;
      while (end < line.length && isDigit(line.charCodeAt(end))) end++;
      const next = line.charAt(end);
      const digits = end - i - (code === MINUS ? 1 : 0);
      if (digits >= 16 && next !== '.' && next !== 'e' && next !== 'E') {
        out += `${line.slice(copied, i)}"${line.slice(i, end)}"`;
        copied = end;
      }
      i = end - 1;
    }
  }
  return out + line.slice(copied);
}
