import { describe, expect, it } from 'vitest';
import { postgresDay, RecordCopyBuffer, uuidBytes } from './record-copy';

describe('binary COPY of records', () => {
  it('counts days from 2000-01-01, as PostgreSQL stores a date', () => {
    expect(postgresDay('2000-01-01')).toBe(0);
    expect(postgresDay('1999-12-31')).toBe(-1);
    expect(postgresDay('2026-02-28')).toBe(9555);
  });

  it('frames every row with its field count and patches the subject id in afterwards', () => {
    const copy = new RecordCopyBuffer(Buffer.from('housing.rental_subsidy'), uuidBytes('b1c2d3e4-0000-0000-0000-00000000000a'), false);
    const slot = copy.add(2, true, Buffer.from('recipient'), '{"name":"张伟"}', 0, null);
    expect(copy.add(3, false, null, '{}', null, null)).toBe(-1);
    copy.setSubjectId(slot, 2 ** 40 + 7);
    const body = copy.finish();
    expect(body.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(body.readUInt16BE(19)).toBe(8);
    expect(body.readBigInt64BE(slot)).toBe(BigInt(2 ** 40 + 7));
    expect(body.readInt16BE(body.length - 2)).toBe(-1);
    expect(body.includes(Buffer.from('\u0001{"name":"张伟"}'))).toBe(true);
  });
});
