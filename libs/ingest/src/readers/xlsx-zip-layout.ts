// exceljs unzips a workbook as a stream, front to back, trusting each part's local header
// for where its data ends. A local header that understates that size hands the inflater a
// cut deflate stream, and exceljs then waited forever for the part's end. So before any
// byte is streamed, every local header must agree with the central directory and every
// part must end exactly where the next begins: what the stream will meet is what the
// directory (and its size limits) described — no hidden, overlapping or mis-sized part.
import { open } from 'node:fs/promises';
import { readAt, type ZipDirectory, type ZipPart, zip64Values, corrupt } from './xlsx-zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
/** Flag bit 3: sizes and CRC follow the data in a descriptor (12–24 bytes), the local header may hold zeros. */
const HAS_DESCRIPTOR = 0x08;
const MAX_DESCRIPTOR_BYTES = 24;

export async function checkZipLayout(filePath: string, directory: ZipDirectory): Promise<void> {
  const parts = [...directory.parts].sort((a, b) => a.offset - b.offset);
  const names = new Set<string>();
  for (const part of parts) {
    if (names.has(part.name)) throw mismatch(part.name, 'it is listed twice');
    names.add(part.name);
  }
  // The stream starts reading at byte 0: anything before the first part would be read as one.
  const first = parts[0];
  if (first && first.offset !== 0) throw mismatch(first.name, 'data precedes the first part');

  const handle = await open(filePath, 'r');
  try {
    for (const [i, part] of parts.entries()) {
      const dataEnd = (await localDataStart(handle, part)) + part.compressedBytes;
      const next = parts[i + 1]?.offset ?? directory.directoryOffset;
      const gap = next - dataEnd;
      const fits = part.flags & HAS_DESCRIPTOR ? gap >= 0 && gap <= MAX_DESCRIPTOR_BYTES : gap === 0;
      if (!fits) throw mismatch(part.name, gap < 0 ? 'its data runs into the next part' : 'its data ends before the next part begins');
    }
  } finally {
    await handle.close();
  }
}

/** Checks the part's local header against the directory and returns where its data starts. */
async function localDataStart(handle: Awaited<ReturnType<typeof open>>, part: ZipPart): Promise<number> {
  const header = await readAt(handle, part.offset, LOCAL_HEADER_BYTES);
  if (header.length < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw mismatch(part.name, 'no local header where the directory points');
  const flags = header.readUInt16LE(6);
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const nameAndExtra = await readAt(handle, part.offset + LOCAL_HEADER_BYTES, nameLength + extraLength);
  if (nameAndExtra.length < nameLength + extraLength) throw mismatch(part.name, 'its local header is cut off');
  if (nameAndExtra.toString('utf8', 0, nameLength) !== part.name) throw mismatch(part.name, 'its local header names another part');
  const [uncompressed, compressed] = zip64Values(nameAndExtra.subarray(nameLength), [header.readUInt32LE(22), header.readUInt32LE(18)]);
  // With a data descriptor the local header may leave CRC and sizes zero; any value it does give must be the directory's.
  const agrees = (local: number, central: number) => local === central || (flags & HAS_DESCRIPTOR && local === 0);
  if (!agrees(header.readUInt32LE(14), part.crc) || !agrees(compressed, part.compressedBytes) || !agrees(uncompressed, part.uncompressedBytes)) {
    throw mismatch(part.name, 'its local header declares other sizes than the directory');
  }
  return part.offset + LOCAL_HEADER_BYTES + nameLength + extraLength;
}

function mismatch(name: string, detail: string) {
  return corrupt(`工作簿中的 ${name} 与 zip 目录不符（文件损坏或被篡改） / part ${name} of the workbook does not match its zip directory (${detail}): the file is damaged or forged`);
}
