import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { storedFilePath, storeFeedStream, UploadTooLargeError } from './feed-store';

function chunks(count: number, size: number): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < count; i++) yield Buffer.alloc(size, 48 + (i % 10));
  })());
}

describe('storeFeedStream', () => {
  it('stores a stream under its content hash, once however often it comes', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-store-'));
    const first = await storeFeedStream(dataDir, chunks(50, 1000));
    const again = await storeFeedStream(dataDir, chunks(50, 1000));
    const expected = createHash('sha256').update(await readFile(first.path)).digest('hex');
    expect(first).toEqual({ sha256: expected, size: 50_000, path: storedFilePath(dataDir, expected) });
    expect(again.sha256).toBe(first.sha256);
  });

  it('stops a stream that passes the limit part-way and leaves nothing behind', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-store-'));
    await expect(storeFeedStream(dataDir, chunks(100, 1000), { maxBytes: 10_000 })).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(await readdir(path.join(dataDir, 'tmp'))).toEqual([]);
  });
});
