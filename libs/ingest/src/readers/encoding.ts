// Partner departments export text as UTF-8 (with or without BOM), as GBK/GB18030 (the
// default "ANSI" code page of Chinese Windows, so every Excel "Save as CSV") and, rarely,
// as UTF-16 with a BOM ("Unicode text"). GB18030 is a superset of GBK, so one decoder
// serves both.
import iconv from 'iconv-lite';
import { FeedReadError } from './errors';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** A stateful decoder: multi-byte characters may be split across chunks. */
export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * Decides the encoding from the first bytes of a file. Without a BOM, the sample is
 * decoded as strict UTF-8; GBK text almost never forms valid UTF-8, so a failure means
 * GB18030. `complete` says the sample is the whole file (a truncated last character is
 * then an error, not a chunk boundary).
 */
export function sniffEncoding(sample: Uint8Array, complete: boolean): TextEncodingName {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * UTF-16 saved without a BOM still shows itself: text of mostly ASCII, digits and
 * delimiters has a zero byte in every other position.
 */
function utf16WithoutBom(sample: Uint8Array): TextEncodingName | undefined {
  const pairs = Math.min(sample.length >> 1, 4096);
  if (pairs < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The BOM, if any, is dropped by every decoder. */
export function createChunkDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'gb18030') {
    const decoder = iconv.getDecoder('gb18030');
    return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
  }
  if (encoding === 'utf-8') return strictUtf8Decoder();
  const decoder = new TextDecoder(encoding);
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/**
 * UTF-8 stays strict after sniffing: a file that turns to GBK past the sample would
 * otherwise fill IDs and names with U+FFFD silently. Failing names the byte offset.
 */
function strictUtf8Decoder(): ChunkDecoder {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  const fail = (cause: unknown) =>
    new FeedReadError(
      'feed.encoding',
      `The file is not valid UTF-8 near byte ${offset} although it starts as UTF-8 (mixed encodings?)`,
      { cause },
    );
  return {
    write(chunk) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        offset += chunk.length;
        return text;
      } catch (error) {
        throw fail(error);
      }
    },
    end() {
      try {
        return decoder.decode();
      } catch (error) {
        throw fail(error);
      }
    },
  };
}
