import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { utf8Text, utf8TextStream } from './xlsx-utf8';

// 1-, 2-, 3- and 4-byte characters: every split point falls somewhere inside one.
const TEXT = 'a张三é０１２𠮷😀Ｘ常德市b';
const BYTES = Buffer.from(TEXT, 'utf8');

/** The bytes cut at `at` and again at `at + 1`: a lone byte, and both halves of a character. */
function splitAt(at: number): Buffer[] {
  return [BYTES.subarray(0, at), BYTES.subarray(at, at + 1), BYTES.subarray(at + 1)];
}

async function collect(chunks: AsyncIterable<unknown>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += String(chunk);
  return text;
}

describe('UTF-8 decoding across chunk boundaries', () => {
  it('keeps every character whole wherever the chunks are cut', async () => {
    for (let at = 0; at < BYTES.length; at++) {
      expect(await collect(utf8Text(Readable.from(splitAt(at))))).toBe(TEXT);
      expect(await collect(utf8TextStream(Readable.from(splitAt(at))))).toBe(TEXT);
    }
  });

  it('fails on bytes that are not UTF-8 instead of inventing U+FFFD', async () => {
    const truncated = [Buffer.from('张三'), Buffer.from([0xe5, 0xbc])];
    await expect(collect(utf8Text(Readable.from(truncated)))).rejects.toThrow(TypeError);
    await expect(collect(utf8TextStream(Readable.from(truncated)))).rejects.toThrow(TypeError);
    await expect(collect(utf8TextStream(Readable.from([Buffer.from([0x61, 0xff, 0x62])])))).rejects.toThrow(TypeError);
  });

  it('passes a failure of the entry on', async () => {
    // Some text, then the entry breaks, as unzipper's entry does on a damaged archive.
    const failing = new Readable({
      read() {
        this.push(Buffer.from('张'));
        this.destroy(new Error('invalid zip entry'));
      },
    });
    const text = utf8TextStream(failing);
    await expect(collect(text)).rejects.toThrow('invalid zip entry');
  });
});
