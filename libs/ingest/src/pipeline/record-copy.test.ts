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
    copy.setSubjectId(slot, 2 ** 40 + 7);
    const body = copy.finish();
    expect(body.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(body.readUInt16BE(19)).toBe(8);
    expect(body.readBigInt64BE(slot)).toBe(BigInt(2 ** 40 + 7));
    expect(body.readInt16BE(body.length - 2)).toBe(-1);
    expect(body.includes(Buffer.from('\u0001{"name":"张伟"}'))).toBe(true);
  });

  it('keys a row naming no main subject by its own record id, negated', () => {
    const copy = new RecordCopyBuffer(Buffer.from('hotline.ticket'), uuidBytes('b1c2d3e4-0000-0000-0000-00000000000b'), true);
    expect(copy.columns.slice(0, 5)).toEqual(['id', 'dataset_code', 'batch_id', 'row_number', 'subject_id']);
    const named = copy.add(2, true, Buffer.from('caller'), '{}', null, null);
    expect(copy.add(3, false, null, '{}', null, null)).toBe(-1);
    copy.setSubjectId(named, 42);
    copy.setRecordIds([2 ** 33 + 1, 2 ** 33 + 2]);
    const [first, second] = rowsOf(copy.finish());
    expect([first?.[0]?.readBigInt64BE(), first?.[4]?.readBigInt64BE()]).toEqual([BigInt(2 ** 33 + 1), 42n]);
    expect([second?.[0]?.readBigInt64BE(), second?.[4]?.readBigInt64BE()]).toEqual([BigInt(2 ** 33 + 2), -BigInt(2 ** 33 + 2)]);
  });

  it('refuses a row naming no main subject when the records take their ids from the table', () => {
    const copy = new RecordCopyBuffer(Buffer.from('hotline.ticket'), uuidBytes('b1c2d3e4-0000-0000-0000-00000000000c'), false);
    expect(() => copy.add(2, false, null, '{}', null, null)).toThrow(/explicit id/);
  });
});

/** The fields of each row of a binary COPY body (null for NULL). */
function rowsOf(body: Buffer): Array<Array<Buffer | null>> {
  const rows: Array<Array<Buffer | null>> = [];
  for (let p = 19; ; ) {
    const count = body.readInt16BE(p);
    p += 2;
    if (count === -1) return rows;
    const row: Array<Buffer | null> = [];
    for (let i = 0; i < count; i++) {
      const length = body.readInt32BE(p);
      row.push(length < 0 ? null : body.subarray(p + 4, p + 4 + length));
      p += 4 + Math.max(length, 0);
    }
    rows.push(row);
  }
}
