// Delivered files are kept under DATA_DIR by content hash: the same file uploaded twice is
// stored once, and a batch can always be re-read from its exact bytes.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  sha256: string;
  size: number;
  path: string;
}

export class UploadTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`文件超过大小上限 / file exceeds the upload limit of ${limitBytes} bytes`);
  }
}

export function storedFilePath(dataDir: string, sha256: string): string {
  return path.join(path.resolve(dataDir), 'files', sha256.slice(0, 2), sha256);
}

/** Streams `source` into the store while hashing it; never holds the file in memory. */
export async function storeFeedStream(dataDir: string, source: Readable, options: { maxBytes?: number } = {}): Promise<StoredFile> {
  const tmpDir = path.join(path.resolve(dataDir), 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const tmpPath = path.join(tmpDir, `upload-${randomBytes(8).toString('hex')}`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (options.maxBytes !== undefined && size > options.maxBytes) return callback(new UploadTooLargeError(options.maxBytes));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(tmpPath));
  } catch (error) {
    await rm(tmpPath, { force: true });
    throw error;
  }
  const sha256 = hash.digest('hex');
  const finalPath = storedFilePath(dataDir, sha256);
  await mkdir(path.dirname(finalPath), { recursive: true });
  await rename(tmpPath, finalPath);
  return { sha256, size, path: finalPath };
}

export function storeFeedFile(dataDir: string, filePath: string, options: { maxBytes?: number } = {}): Promise<StoredFile> {
  return storeFeedStream(dataDir, createReadStream(filePath), options);
}

export async function storedFileExists(dataDir: string, sha256: string): Promise<boolean> {
  return stat(storedFilePath(dataDir, sha256)).then(
    (s) => s.isFile(),
    () => false,
  );
}
