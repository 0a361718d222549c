// A JSON document holding one array of objects, streamed element by element with
// stream-json's tokenizer. Elements are assembled here rather than by its Assembler so
// numbers keep their source text: an 18-digit resident ID sent as a number survives,
// also inside nested values.
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { cellText } from './cell-text';
import { FeedReadError } from './errors';
import { jsonColumns, type JsonColumns, scanObjectKeys } from './json-values';
import { textFeed } from './row-iterator';
import { openTextStream } from './text-stream';
import { type FeedRow, type OpenFeed } from './types';

import { DEFAULT_FEED_LIMITS } from './limits';
const TOKENIZE_PIECE_CHARS = 256;

type Element =
  | { index: number; pairs: Array<[key: string, value: string | null]> }
  | { index: number; pairs?: undefined };

/** A single string or number longer than `maxValueChars` is refused rather than buffered. */
export async function openJsonFeed(filePath: string, maxValueChars = DEFAULT_FEED_LIMITS.maxCellBytes): Promise<OpenFeed> {
  const text = await openTextStream(filePath);
  try {
    const elements = new ArrayElementAssembler();
    const tokenizer = jsonParser({ packValues: true, streamValues: false, maxPackedLength: maxValueChars });
    // stream-chain flushes a stage by calling it with `none`; its typings only admit text.
    const tokenize = tokenizer as (chunk: string | typeof none) => ReturnType<typeof tokenizer>;
    let ended = false;

    const readElements = async (): Promise<Element[]> => {
      const next = await text.chunks.next();
      const out: Element[] = [];
      if (next.done) {
        ended = true;
        feed(none, out);
        elements.finish();
        return out;
      }
      // The tokenizer drops a piece's tokens when it throws; small pieces keep the element
      // count current, so a syntax error names the element it is in (or one just before).
      for (let at = 0; at < next.value.length; at += TOKENIZE_PIECE_CHARS) {
        feed(next.value.slice(at, at + TOKENIZE_PIECE_CHARS), out);
      }
      return out;
    };
    const feed = (piece: string | typeof none, out: Element[]) => {
      let tokens: unknown;
      try {
        tokens = tokenize(piece);
      } catch (error) {
        // stream-json refuses to pack a value past maxPackedLength: the value is too large, not malformed.
        if (error instanceof RangeError && /maxPackedLength/.test(error.message)) throw elements.valueTooLarge(maxValueChars);
        throw elements.syntaxError(error);
      }
      if (isMany(tokens)) for (const token of getManyValues(tokens) as Token[]) elements.take(token, out);
      else if (tokens !== none) elements.take(tokens as Token, out);
    };

    const { scanned, keys } = await scanObjectKeys(readElements, () => ended, (element) => element.pairs?.map(([key]) => key));

    const firstObject = scanned.find((element) => element.pairs !== undefined);
    if (scanned.length === 0) throw new FeedReadError('feed.empty', 'The JSON array is empty');
    if (!firstObject) {
      throw new FeedReadError('feed.json_shape', `Expected an array of objects, but its first ${scanned.length} elements are not objects`);
    }
    if (keys.size === 0) throw new FeedReadError('feed.no_header', 'The objects have no keys', { rowNumber: firstObject.index });

    const columns = jsonColumns(keys);
    return textFeed(
      { format: 'json', encoding: text.encoding, headerRowNumber: firstObject.index, headers: columns.headers },
      { scanned, readMore: readElements, ended: () => ended, close: () => text.close(), bytesRead: () => text.bytesRead() },
      (element) => toFeedRow(element, columns),
    );
  } catch (error) {
    text.close();
    throw error;
  }
}

function toFeedRow(element: Element, { headers, columnOf }: JsonColumns): FeedRow {
  const values: Array<string | null> = new Array<string | null>(headers.length).fill(null);
  if (!element.pairs) return { rowNumber: element.index, values, problem: 'not_an_object' };
  for (const [key, value] of element.pairs) {
    const column = columnOf.get(key);
    if (column !== undefined) values[column] = value;
  }
  return { rowNumber: element.index, values };
}

/**
 * Turns the token stream of `[ {...}, {...} ]` into elements: each object as key/cell
 * pairs, anything else as a non-object element. Depth 0 is outside the array, 1 inside
 * it, 2 inside an element object, 3+ inside a nested value.
 */
class ArrayElementAssembler {
  private depth = 0;
  private started = false;
  private closed = false;
  private index = 0;
  private pairs: Array<[string, string | null]> = [];
  private key = '';
  private nested: NestedJsonWriter | undefined;
  /** Open containers of a skipped non-object element. */
  private skipping = 0;

  take(token: Token, out: Element[]): void {
    if (this.skipping > 0) {
      if (token.name === 'startArray' || token.name === 'startObject') this.skipping++;
      else if (token.name === 'endArray' || token.name === 'endObject') this.skipping--;
      return;
    }
    if (this.depth === 0) {
      if (token.name !== 'startArray' || this.started) {
        throw new FeedReadError('feed.json_shape', 'Expected a JSON array of objects at the top level');
      }
      this.started = true;
      this.depth = 1;
      return;
    }

    if (this.depth === 1) {
      if (token.name === 'endArray') {
        this.depth = 0;
        this.closed = true;
        return;
      }
      this.index++;
      if (token.name === 'startObject') {
        this.pairs = [];
        this.depth = 2;
        return;
      }
      // A non-object element: reported as a row problem, its subtree skipped.
      out.push({ index: this.index });
      if (token.name === 'startArray') this.skipping = 1;
      return;
    }

    if (this.depth === 2) {
      switch (token.name) {
        case 'keyValue':
          this.key = token.value;
          return;
        case 'endObject':
          out.push({ index: this.index, pairs: this.pairs });
          this.depth = 1;
          return;
        case 'startObject':
        case 'startArray':
          this.nested = new NestedJsonWriter();
          this.nested.take(token);
          this.depth = 3;
          return;
        default:
          this.pairs.push([this.key, primitiveCell(token)]);
          return;
      }
    }

    // depth >= 3: inside a nested value
    const nested = this.nested;
    if (!nested) return;
    nested.take(token);
    if (token.name === 'startObject' || token.name === 'startArray') this.depth++;
    else if (token.name === 'endObject' || token.name === 'endArray') this.depth--;
    if (this.depth === 2) {
      this.pairs.push([this.key, nested.text]);
      this.nested = undefined;
    }
  }

  /** End of input: the array must have been opened and closed. */
  finish(): void {
    if (!this.started) throw new FeedReadError('feed.empty', 'The file holds no JSON value');
    if (!this.closed) throw new FeedReadError('feed.json_syntax', 'The JSON ends before its array is closed', { rowNumber: this.index });
  }

  valueTooLarge(maxChars: number): FeedReadError {
    const rowNumber = this.depth >= 2 ? this.index : this.index + 1;
    return new FeedReadError(
      'feed.cell_too_large',
      `第 ${rowNumber} 个元素中有一个值超过 ${maxChars} 个字符 / a value in element ${rowNumber} is longer than ${maxChars} characters (FEED_MAX_CELL_BYTES)`,
      { rowNumber },
    );
  }

  syntaxError(cause: unknown): FeedReadError {
    const rowNumber = this.depth >= 2 ? this.index : this.index + 1;
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new FeedReadError('feed.json_syntax', `Invalid JSON in or just after element ${rowNumber}: ${detail}`, { rowNumber, cause });
  }
}

function primitiveCell(token: Token): string | null {
  switch (token.name) {
    case 'stringValue':
      return cellText(token.value);
    case 'numberValue':
      return token.value;
    case 'trueValue':
      return 'true';
    case 'falseValue':
      return 'false';
    default:
      return null;
  }
}

/** Re-serializes a nested value from its tokens, numbers exactly as written. */
class NestedJsonWriter {
  text = '';
  private counts: boolean[] = [];
  private afterKey = false;

  take(token: Token): void {
    switch (token.name) {
      case 'startObject':
        this.separate();
        this.text += '{';
        this.counts.push(false);
        return;
      case 'startArray':
        this.separate();
        this.text += '[';
        this.counts.push(false);
        return;
      case 'endObject':
        this.text += '}';
        this.counts.pop();
        return;
      case 'endArray':
        this.text += ']';
        this.counts.pop();
        return;
      case 'keyValue':
        this.separate();
        this.text += `${JSON.stringify(token.value)}:`;
        this.afterKey = true;
        return;
      case 'stringValue':
        this.separate();
        this.text += JSON.stringify(token.value);
        return;
      case 'numberValue':
        this.separate();
        this.text += token.value;
        return;
      case 'trueValue':
      case 'falseValue':
      case 'nullValue':
        this.separate();
        this.text += String(token.value);
        return;
      default:
        return;
    }
  }

  private separate(): void {
    if (this.afterKey) {
      this.afterKey = false;
      return;
    }
    const top = this.counts.length - 1;
    if (top < 0) return;
    if (this.counts[top]) this.text += ',';
    this.counts[top] = true;
  }
}
