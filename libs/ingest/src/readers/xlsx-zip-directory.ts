// An XLSX is a zip whose central directory, at its end, lists every part with its
// unzipped size. Reading that directory first costs one small read and refuses a zip
// bomb or a workbook of thousands of sheets before a single byte is inflated. The parts'
// local headers are checked against it before streaming (xlsx-zip-layout.ts), and the
// streaming count in xlsx-stream-guard.ts holds each part to the size declared here.
import { open } from 'node:fs/promises';
import { FeedReadError } from './errors';

/** One part as the central directory lists it. */
export interface ZipPart {
  name: string;
  /** Where the part's local header starts. */
  offset: number;
  flags: number;
  crc: number;
  compressedBytes: number;
  uncompressedBytes: number;
}

export interface ZipDirectory {
  entries: number;
  /** Sum of the unzipped sizes the directory declares. */
  uncompressedBytes: number;
  /** Parts named like worksheets (`xl/worksheets/sheetN.xml`). */
  worksheets: number;
  /** Where the central directory starts: the last part's data ends here. */
  directoryOffset: number;
  parts: ZipPart[];
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** The end record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const TAIL_BYTES = 22 + 65_535 + 20;
/** A directory this large would list millions of parts: no workbook a department sends. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/** A 32-bit field holding this says the real value is in the zip64 extra field. */
export const ZIP64_MARKER = 0xffffffff;

export async function readZipDirectory(filePath: string): Promise<ZipDirectory> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, TAIL_BYTES);
    const tail = await readAt(handle, size - tailLength, tailLength);
    const eocdAt = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocdAt === -1 || tail.readUInt32LE(eocdAt) !== EOCD_SIGNATURE || eocdAt + 22 > tail.length) {
      throw corrupt('文件不完整（缺少 zip 目录），可能上传或复制时被截断 / the workbook is incomplete (its zip directory is missing): probably truncated');
    }
    let entries = tail.readUInt16LE(eocdAt + 10);
    let directorySize = tail.readUInt32LE(eocdAt + 12);
    let directoryOffset = tail.readUInt32LE(eocdAt + 16);
    const locatorAt = eocdAt - 20;
    if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === ZIP64_LOCATOR_SIGNATURE) {
      const record = await readAt(handle, Number(tail.readBigUInt64LE(locatorAt + 8)), 56);
      if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw corrupt('the zip64 directory record is damaged');
      entries = Number(record.readBigUInt64LE(32));
      directorySize = Number(record.readBigUInt64LE(40));
      directoryOffset = Number(record.readBigUInt64LE(48));
    }
    if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) {
      throw corrupt('文件不完整或已损坏（zip 目录越界） / the zip directory points outside the file: truncated or damaged');
    }
    return parseDirectory(await readAt(handle, directoryOffset, directorySize), entries, directoryOffset);
  } finally {
    await handle.close();
  }
}

function parseDirectory(directory: Buffer, declaredEntries: number, directoryOffset: number): ZipDirectory {
  let at = 0;
  let uncompressedBytes = 0;
  let worksheets = 0;
  const parts: ZipPart[] = [];
  while (at + 46 <= directory.length && directory.readUInt32LE(at) === CENTRAL_SIGNATURE) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const [uncompressed, compressed, offset] = zip64Values(extra, [directory.readUInt32LE(at + 24), directory.readUInt32LE(at + 20), directory.readUInt32LE(at + 42)]);
    parts.push({ name, offset, flags: directory.readUInt16LE(at + 8), crc: directory.readUInt32LE(at + 16), compressedBytes: compressed, uncompressedBytes: uncompressed });
    uncompressedBytes += uncompressed;
    if (WORKSHEET.test(name)) worksheets++;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (parts.length !== declaredEntries && declaredEntries !== 0xffff) throw corrupt('the zip directory lists fewer parts than it declares');
  return { entries: parts.length, uncompressedBytes, worksheets, directoryOffset, parts };
}

/**
 * The values of 32-bit fields, in the order the zip64 extra field (id 1) holds them
 * (unzipped size, zipped size, offset): each field set to ZIP64_MARKER takes the next
 * 8 bytes there. A marker without its value counts as unbounded.
 */
export function zip64Values<T extends number[]>(extra: Buffer, fields: [...T]): { [K in keyof T]: number } {
  let values: Buffer | undefined;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) values = extra.subarray(at + 4, at + 4 + length);
    at += 4 + length;
  }
  let next = 0;
  return fields.map((field) => {
    if (field !== ZIP64_MARKER) return field;
    const value = values && next + 8 <= values.length ? Number(values.readBigUInt64LE(next)) : Number.MAX_SAFE_INTEGER;
    next += 8;
    return value;
  }) as { [K in keyof T]: number };
}

export async function readAt(handle: Awaited<ReturnType<typeof open>>, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

export function corrupt(message: string): FeedReadError {
  return new FeedReadError('feed.xlsx_corrupt', message);
}
