// exceljs 4.4 decodes every chunk of unzipped XML on its own (lib/utils/parse-sax.js), so a
// character split across two chunks silently became U+FFFD: names, unit names and full-width
// digits were corrupted. It passes text chunks through untouched, so we hand it text decoded
// across chunk boundaries instead — still streaming, at most 3 bytes held back. Invalid
// UTF-8 fails the read (feed.xlsx_corrupt) rather than becoming U+FFFD.
import { Readable, Transform } from 'node:stream';

/** Sees the size of every chunk of XML handed to exceljs (the stall watchdog's progress). */
export interface ChunkCounter {
  count(bytes: number): void;
}

const uncounted: ChunkCounter = { count: () => undefined };

/** Decodes a byte stream as UTF-8, keeping a character split across chunks whole. */
export async function* utf8Text(chunks: AsyncIterable<Uint8Array | string>, counter: ChunkCounter = uncounted): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) {
    counter.count(chunk.length);
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/**
 * The same for a zip entry, as a stream: exceljs reads entries through 'data' events, and
 * piping (not async iteration) leaves the entry itself for the unzipper to finish.
 */
export function utf8TextStream(entry: Readable, counter: ChunkCounter = uncounted): Readable {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        counter.count(chunk.length);
        const decoded = decoder.decode(chunk, { stream: true });
        done(null, decoded.length > 0 ? decoded : undefined);
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        const rest = decoder.decode();
        done(null, rest.length > 0 ? rest : undefined);
      } catch (error) {
        done(error as Error);
      }
    },
  });
  entry.once('error', (error) => text.destroy(error));
  return entry.pipe(text);
}

/** The parts of exceljs's WorkbookReader (not in its typings) that receive an entry's XML. */
interface WorkbookReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Uint8Array | string>, sheetNo: string): Generator<unknown>;
}

const ENTRY_PARSERS = ['_parseRels', '_parseWorkbook', '_parseStyles', '_parseSharedStrings'] as const;

/**
 * Makes one exceljs WorkbookReader decode every XML part it reads (sheet names, number
 * formats, shared strings, worksheets) across chunk boundaries. Throws if an exceljs
 * upgrade renamed these methods: a loud failure, never silent corruption again.
 */
export function decodeWholeCharacters(workbookReader: object, counter: ChunkCounter = uncounted): void {
  const internals = workbookReader as WorkbookReaderInternals;
  for (const name of [...ENTRY_PARSERS, '_parseWorksheet'] as const) {
    if (typeof internals[name] !== 'function') {
      throw new Error(`exceljs WorkbookReader has no ${name}: the UTF-8 fix in xlsx-utf8.ts needs updating`);
    }
  }
  for (const name of ENTRY_PARSERS) {
    const parse = internals[name].bind(internals) as (entry: Readable) => unknown;
    (internals as unknown as Record<string, unknown>)[name] = (entry: Readable) => parse(utf8TextStream(entry, counter));
  }
  // A worksheet arrives as chunks of the entry, or of the temporary file exceljs parked it in.
  const parseWorksheet = internals._parseWorksheet.bind(internals);
  internals._parseWorksheet = (chunks, sheetNo) => {
    // exceljs deletes a parked sheet's temporary file as soon as the next sheet is asked for:
    // a sheet passed over unread then failed to open it, an 'error' event nobody listened
    // to, which crashed the process. Whoever does read the stream still gets its errors.
    if (chunks instanceof Readable) chunks.on('error', () => undefined);
    return parseWorksheet(utf8Text(chunks, counter), sheetNo);
  };
}
