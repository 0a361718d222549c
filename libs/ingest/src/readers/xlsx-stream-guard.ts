// exceljs pipes the file into unzipper's streaming parser and waits for each part's stream
// to end. When a part cannot be unzipped (a cut or damaged deflate stream, a size that
// lies) unzipper reports it on the parser, which exceljs looks at only between parts: the
// part never ended and the read waited forever. The guard hears the file's and the
// parser's errors, holds every part to the unzipped size the directory declared (also the
// sheets exceljs parks on disk, which no XML parser sees yet) and runs the stall watchdog,
// so every read ends with rows or a FeedReadError.
import type { ReadStream } from 'node:fs';
import type { TransformCallback } from 'node:stream';
import { FeedReadError } from './errors';
import { stallWatchdog } from './stall-watchdog';

export interface WorkbookStreamGuard {
  /** `read`, unless the workbook fails first: the file, unzipping, a part over its size, a stall. */
  watch<T>(read: Promise<T>): Promise<T>;
  /** XML handed to exceljs's parser (also a parked sheet read back from disk) counts as progress. */
  progressed(bytes: number): void;
  stop(): void;
}

/** What unzipper's Parse stream (exceljs's pipe destination) and its part streams offer at run time. */
interface UnzipParser {
  push(chunk: unknown): boolean;
  emit(event: string | symbol, ...args: unknown[]): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  readonly readableEnded: boolean;
}
interface UnzipEntry {
  path: string;
  _transform(chunk: Buffer, encoding: BufferEncoding, done: TransformCallback): void;
}

/** Call before exceljs starts reading `input`. */
export function guardWorkbookStream(input: ReadStream, declaredSizes: ReadonlyMap<string, number>, stallSeconds: number): WorkbookStreamGuard {
  let fail!: (error: unknown) => void;
  const failed = new Promise<never>((_, reject) => {
    fail = (error) => {
      reject(error);
      // Nothing more is unzipped once the read has failed.
      input.destroy();
    };
  });
  failed.catch(() => undefined);
  input.once('error', fail);

  let unzipped = 0;
  const holdToDeclaredSize = (entry: UnzipEntry) => {
    const declared = declaredSizes.get(entry.path);
    let bytes = 0;
    entry._transform = (chunk, _encoding, done) => {
      bytes += chunk.length;
      unzipped += chunk.length;
      if (declared !== undefined && bytes <= declared) return done(null, chunk);
      fail(partOverDeclaredSize(entry.path, declared));
      // Dropped: nothing past the declared size reaches exceljs or its temporary files.
      done();
    };
  };

  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    const parser = destination as unknown as UnzipParser;
    if (typeof parser.push !== 'function') throw new Error('exceljs no longer pipes the file into unzipper: xlsx-stream-guard.ts needs updating');
    parser.on('error', fail);
    // unzipper's parser announces 'end' as soon as the whole file is written into it, parts
    // still unparsed: exceljs then stopped early, and a small workbook whose workbook part
    // comes last failed now and then. Only the end reached by parsing the end record counts.
    const emit = parser.emit.bind(parser);
    parser.emit = (event, ...args) => (event === 'end' && !parser.readableEnded ? false : emit(event, ...args));
    const push = parser.push.bind(parser);
    parser.push = (chunk) => {
      if (chunk !== null && typeof chunk === 'object' && 'path' in chunk) holdToDeclaredSize(chunk as UnzipEntry);
      return push(chunk);
    };
    return pipe(destination, options);
  };

  const watchdog = stallWatchdog(() => input.bytesRead + unzipped, stallSeconds * 1000, () => fail(stalled(stallSeconds)));
  return {
    watch: (read) => watchdog.track(Promise.race([read, failed])),
    progressed: (bytes) => {
      unzipped += bytes;
    },
    stop: () => watchdog.stop(),
  };
}

function partOverDeclaredSize(name: string, declared: number | undefined): FeedReadError {
  if (declared === undefined) {
    return new FeedReadError('feed.xlsx_corrupt', `工作簿含有 zip 目录未列出的 ${name}（文件损坏或被篡改） / the workbook holds a part its zip directory does not list (${name}): damaged or forged`);
  }
  return new FeedReadError(
    'feed.xlsx_corrupt',
    `工作簿中的 ${name} 解压后超过其声明的 ${declared} 字节（文件损坏或被篡改，可能是压缩炸弹） / part ${name} unzips to more than the ${declared} bytes its zip headers declare: damaged or forged (possibly a zip bomb)`,
  );
}

function stalled(seconds: number): FeedReadError {
  return new FeedReadError(
    'feed.read_stalled',
    `读取工作簿 ${seconds} 秒无任何进展，已停止（文件可能已损坏） / reading the workbook made no progress for ${seconds} s (FEED_READ_STALL_SECONDS): the file is probably damaged`,
  );
}
