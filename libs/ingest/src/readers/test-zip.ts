// Test support: a minimal zip writer, for workbooks whose parts come in an order no
// library writes for us (the shared strings before the sheets).
import { crc32, deflateRawSync } from 'node:zlib';

/** A zip archive of the given parts, deflated, in the order given. */
export function zipParts(parts: Array<[name: string, content: string | Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const deflated = deflateRawSync(data);
    // Version 2.0, UTF-8 names, deflate, 1980-01-01 00:00.
    const common = [20, 0x0800, 8, 0, 0x21, crc32(data), deflated.length, data.length, nameBytes.length, 0];
    const local = header(0x04034b50, [[2, 2, 2, 2, 2, 4, 4, 4, 2, 2], common]);
    locals.push(local, nameBytes, deflated);
    centrals.push(header(0x02014b50, [[2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4], [20, ...common, 0, 0, 0, 0, offset]]), nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const central = Buffer.concat(centrals);
  const end = header(0x06054b50, [[2, 2, 2, 2, 4, 4, 2], [0, 0, parts.length, parts.length, central.length, offset, 0]]);
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
