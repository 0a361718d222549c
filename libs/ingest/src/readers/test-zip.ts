// Test support: a minimal zip writer, for workbooks whose parts come in an order no
// library writes for us (the shared strings before the sheets), and for zips that lie.
import { crc32, deflateRawSync } from 'node:zlib';

/** How a part's headers or data may differ from the truth. */
export interface PartLie {
  /** Stored instead of the part's deflated bytes (cut or damaged data). */
  deflated?: Buffer;
  /** The zipped size both headers claim. */
  compressedBytes?: number;
  /** The unzipped size both headers claim. */
  uncompressedBytes?: number;
  /** The zipped size only the local header claims (the central directory tells the truth). */
  localCompressedBytes?: number;
  /** The part is in the stream but the central directory does not list it. */
  unlisted?: boolean;
}

/** A zip archive of the given parts, deflated, in the order given. */
export function zipParts(parts: Array<[name: string, content: string | Buffer, lie?: PartLie]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content, lie = {}] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const deflated = lie.deflated ?? deflateRawSync(data);
    const compressed = lie.compressedBytes ?? deflated.length;
    // Version 2.0, UTF-8 names, deflate, 1980-01-01 00:00.
    const common = [20, 0x0800, 8, 0, 0x21, crc32(data), compressed, lie.uncompressedBytes ?? data.length, nameBytes.length, 0];
    const localCommon = [...common];
    localCommon[6] = lie.localCompressedBytes ?? compressed;
    const local = header(0x04034b50, [[2, 2, 2, 2, 2, 4, 4, 4, 2, 2], localCommon]);
    locals.push(local, nameBytes, deflated);
    if (!lie.unlisted) {
      centrals.push(header(0x02014b50, [[2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4], [20, ...common, 0, 0, 0, 0, offset]]), nameBytes);
    }
    offset += local.length + nameBytes.length + deflated.length;
  }
  const central = Buffer.concat(centrals);
  const listed = centrals.length / 2;
  const end = header(0x06054b50, [[2, 2, 2, 2, 4, 4, 2], [0, 0, listed, listed, central.length, offset, 0]]);
  return Buffer.concat([...locals, central, end]);
}

/** A little-endian record: a 4-byte signature, then each value in its width. */
function header(signature: number, [widths, values]: [number[], number[]]): Buffer {
  const buffer = Buffer.alloc(4 + widths.reduce((sum, width) => sum + width, 0));
  buffer.writeUInt32LE(signature, 0);
  let at = 4;
  widths.forEach((width, i) => {
    const value = values[i] ?? 0;
    if (width === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value >>> 0, at);
    at += width;
  });
  return buffer;
}
