// Records in PostgreSQL's binary COPY format. The server was the slower side of a load:
// in text format it spent about a quarter of its time parsing dates, the batch uuid,
// numbers and repeated text back out of strings; binary fields are taken as they are.
// Layout: https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4
import { noMainSubjectId } from '@zhijian/db';

/** The records columns, in the order each encoded row holds them. */
export const RECORD_COPY_COLUMNS = ['dataset_code', 'batch_id', 'row_number', 'subject_id', 'subject_role', 'attrs', 'valid_from', 'valid_to'];

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const DAY_MS = 86_400_000;
const POSTGRES_EPOCH_DAY = Date.UTC(2000, 0, 1) / DAY_MS;

/** Days since 2000-01-01 (PostgreSQL's binary date) of a `YYYY-MM-DD` day. */
export function postgresDay(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Date.UTC(year, month - 1, date) / DAY_MS - POSTGRES_EPOCH_DAY;
}

export function uuidBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid.replaceAll('-', ''), 'hex');
  if (bytes.length !== 16) throw new Error(`not a uuid: ${uuid}`);
  return bytes;
}

/**
 * One chunk of records as a binary COPY body. The main subject's id is not known while
 * rows are encoded (subjects are resolved per chunk), so each row leaves 8 bytes for it
 * and `setSubjectId` fills them in before the body is sent. A row naming no main subject
 * gets the negative of its own record id there (libs/db main-subject.ts), so it needs
 * explicit ids: `setRecordIds` fills in both.
 */
export class RecordCopyBuffer {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length);
  private length = 0;
  /** What every row of the batch starts with after its id: dataset code, batch id and the row number's length. */
  private readonly constantFields: Buffer;
  /** Where each row's id goes, when the ids are explicit. */
  private readonly idSlots: number[] = [];
  /** Rows without a main subject (their index among the rows) and where their subject id goes. */
  private readonly subjectlessRows: number[] = [];
  private readonly subjectlessSlots: number[] = [];

  constructor(
    datasetCode: Buffer,
    batchId: Buffer,
    /** With an explicit `id` column first (when links and relations must name the record). */
    private readonly withIds: boolean,
  ) {
    const constant = Buffer.alloc(4 + datasetCode.length + 4 + batchId.length + 4);
    let p = constant.writeInt32BE(datasetCode.length, 0);
    p += datasetCode.copy(constant, p);
    p = constant.writeInt32BE(batchId.length, p);
    p += batchId.copy(constant, p);
    constant.writeInt32BE(4, p);
    this.constantFields = constant;
    this.buffer.set(SIGNATURE, 0);
    this.view.setUint32(SIGNATURE.length, 0); // flags
    this.view.setUint32(SIGNATURE.length + 4, 0); // header extension length
    this.length = SIGNATURE.length + 8;
  }

  get columns(): string[] {
    return this.withIds ? ['id', ...RECORD_COPY_COLUMNS] : RECORD_COPY_COLUMNS;
  }

  /**
   * Appends a record; returns where its subject id goes (for `setSubjectId`), or -1 when
   * it has no main subject (then `setRecordIds` writes its own id, negated, there).
   * With explicit ids, `setRecordIds` fills them in later.
   * `validFrom`/`validTo` are postgresDay numbers or null.
   */
  add(rowNumber: number, hasSubject: boolean, role: Buffer | null, attrsJson: string, validFrom: number | null, validTo: number | null): number {
    if (!hasSubject && !this.withIds) throw new Error(`row ${rowNumber} names no main subject: its record needs an explicit id`);
    this.reserve(64 + this.constantFields.length + (role?.length ?? 0) + attrsJson.length * 3);
    const view = this.view;
    let p = this.length;
    view.setUint16(p, RECORD_COPY_COLUMNS.length + (this.withIds ? 1 : 0));
    p += 2;
    if (this.withIds) {
      view.setInt32(p, 8);
      this.idSlots.push(p + 4);
      p += 12;
    }
    this.buffer.set(this.constantFields, p);
    p += this.constantFields.length;
    view.setInt32(p, rowNumber);
    p += 4;
    view.setInt32(p, 8);
    let subjectSlot = p + 4;
    p += 12;
    if (!hasSubject) {
      this.subjectlessRows.push(this.idSlots.length - 1);
      this.subjectlessSlots.push(subjectSlot);
      subjectSlot = -1;
    }
    if (role === null) {
      view.setInt32(p, -1);
      p += 4;
    } else {
      view.setInt32(p, role.length);
      this.buffer.set(role, p + 4);
      p += 4 + role.length;
    }
    // jsonb's binary form is a version byte, then the JSON text.
    const written = this.buffer.write(attrsJson, p + 5, 'utf8');
    view.setInt32(p, written + 1);
    this.buffer[p + 4] = 1;
    p += 5 + written;
    p = this.day(p, validFrom);
    this.length = this.day(p, validTo);
    return subjectSlot;
  }

  setSubjectId(slot: number, id: number): void {
    this.int8(slot, id);
  }

  /** The explicit record ids, one per row in the order the rows were added; rows without a main subject take theirs, negated, as subject id. */
  setRecordIds(ids: readonly number[]): void {
    if (ids.length !== this.idSlots.length) throw new Error(`${ids.length} record ids for ${this.idSlots.length} rows`);
    for (let i = 0; i < ids.length; i++) this.int8(this.idSlots[i] as number, ids[i] as number);
    for (let i = 0; i < this.subjectlessRows.length; i++) {
      this.int8(this.subjectlessSlots[i] as number, noMainSubjectId(ids[this.subjectlessRows[i] as number] as number));
    }
  }

  /** The finished COPY body (a view of the internal buffer: send it before reusing this object). */
  finish(): Buffer {
    this.reserve(2);
    this.view.setInt16(this.length, -1);
    return this.buffer.subarray(0, this.length + 2);
  }

  /** A bigint column from a safe integer (negative ones in two's complement), without a BigInt per value. */
  private int8(p: number, value: number): void {
    this.view.setUint32(p, Math.floor(value / 0x1_0000_0000));
    this.view.setUint32(p + 4, value >>> 0);
  }

  private day(p: number, day: number | null): number {
    if (day === null) {
      this.view.setInt32(p, -1);
      return p + 4;
    }
    this.view.setInt32(p, 4);
    this.view.setInt32(p + 4, day);
    return p + 8;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.length);
  }
}
