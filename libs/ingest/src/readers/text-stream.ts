// Reads a text file as decoded chunks, never the whole file: the encoding is decided on
// the first bytes, then every chunk is decoded as it arrives.
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { createChunkDecoder, sniffEncoding, type TextEncodingName } from './encoding';

/**
 * Each chunk's rows are built at once and held until served. Small chunks let them die
 * young in V8's nursery; 1 MiB chunks got them promoted and halved CSV throughput.
 */
const READ_CHUNK_BYTES = 64 * 1024;
/**
 * Pure-ASCII headers say nothing about the encoding, so sniffing reads on until it meets
 * a non-ASCII byte, up to this much.
 */
const SNIFF_LIMIT_BYTES = 4 * 1024 * 1024;

export interface TextStream {
  encoding: TextEncodingName;
  /** Decoded text, chunk by chunk, in file order. Iterate once. */
  chunks: AsyncIterableIterator<string>;
  /** Stops reading and releases the file; the chunk iterator then ends. */
  close(): void;
  /** Bytes read from the file so far. */
  bytesRead(): number;
}

export async function openTextStream(filePath: string): Promise<TextStream> {
  const stream = createReadStream(filePath, { highWaterMark: READ_CHUNK_BYTES });
  const source = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let closed = false;

  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  try {
    while (headBytes < SNIFF_LIMIT_BYTES) {
      const next = await source.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
      if (!isAscii(next.value)) break;
    }
  } catch (error) {
    stream.destroy();
    throw error;
  }

  const sample = Buffer.concat(head);
  const encoding = sniffEncoding(sample, ended);
  const decoder = createChunkDecoder(encoding);

  async function* decode(): AsyncGenerator<string> {
    try {
      for (let chunk = head.shift(); chunk; chunk = head.shift()) {
        const text = decoder.write(chunk);
        if (text.length > 0) yield text;
      }
      while (!ended && !closed) {
        let next: IteratorResult<Buffer>;
        try {
          next = await source.next();
        } catch (error) {
          // Destroying the stream from close() surfaces as a premature-close error.
          if (closed) return;
          throw error;
        }
        if (next.done) break;
        const text = decoder.write(next.value);
        if (text.length > 0) yield text;
      }
      if (closed) return;
      const tail = decoder.end();
      if (tail.length > 0) yield tail;
    } finally {
      stream.destroy();
    }
  }

  return {
    encoding,
    chunks: decode(),
    close() {
      closed = true;
      stream.destroy();
    },
    bytesRead: () => stream.bytesRead,
  };
}
