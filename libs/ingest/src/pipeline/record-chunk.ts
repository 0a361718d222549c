// One chunk of a batch on its way into the library: accepted rows already encoded as
// records (binary COPY), the subjects they name, their links and relations, and the
// rejected rows. `write` puts all of it in with the batch's watermark, in the caller's
// transaction.
import { type DatasetSpec, type StandardRecord, type SubjectType } from '@zhijian/catalog';
import { copyRows } from '@zhijian/db';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { postgresDay, RecordCopyBuffer, uuidBytes } from './record-copy';
import { compileRowFacts, type RowFacts, type RowFactSink, type StagedRelation } from './staged-row';
import { SubjectMap, type SubjectResolver, type WantedSubject } from './subject-resolver';

export interface RejectedRow {
  rowNumber: number;
  raw: Record<string, string | null>;
  errors: Array<{ field: string; code: string; message: string }>;
}

/** What stays the same for every chunk of a batch. */
export class ChunkContext {
  readonly facts: RowFacts;
  readonly datasetCode: Buffer;
  readonly batchIdBytes: Buffer;
  /**
   * Datasets whose rows name more than one subject or assert relations need the record ids up
   * front, and so do those whose rows may name no main subject (they carry their own id, negated).
   */
  readonly needsRecordIds: boolean;
  private readonly roles = new Map<string, Buffer>();
  private readonly days = new Map<string, number>();

  constructor(
    readonly spec: DatasetSpec,
    readonly batchId: string,
    readonly subjects: SubjectResolver,
  ) {
    this.facts = compileRowFacts(spec);
    this.datasetCode = Buffer.from(spec.code, 'utf8');
    this.batchIdBytes = uuidBytes(batchId);
    this.needsRecordIds =
      spec.subjects.length > 1 || spec.relations.length > 0 || spec.fields.some((f) => f.type === 'id_number_list') || !alwaysNamesMainSubject(spec);
  }

  roleBytes(role: string): Buffer {
    let bytes = this.roles.get(role);
    if (bytes === undefined) this.roles.set(role, (bytes = Buffer.from(role, 'utf8')));
    return bytes;
  }

  day(day: string | null): number | null {
    if (day === null) return null;
    let value = this.days.get(day);
    if (value === undefined) {
      value = postgresDay(day);
      if (this.days.size < 100_000) this.days.set(day, value); // three centuries of days
    }
    return value;
  }
}

interface OtherSubject {
  row: number;
  role: string;
  subject: WantedSubject;
}

interface RowRelation {
  row: number;
  relation: StagedRelation;
  from: WantedSubject;
  to: WantedSubject;
}

export class RecordChunk implements RowFactSink {
  readonly rejected: RejectedRow[] = [];
  accepted = 0;
  private readonly copy: RecordCopyBuffer;
  private readonly wanted = new SubjectMap<WantedSubject>();
  /** Per accepted row with a main subject: its slot in the COPY body and its subject. */
  private readonly slots: number[] = [];
  private readonly slotSubjects: WantedSubject[] = [];
  private readonly others: OtherSubject[] = [];
  private readonly relations: RowRelation[] = [];
  private mainRole: string | null = null;
  private main: WantedSubject | null = null;

  constructor(private readonly context: ChunkContext) {
    this.copy = new RecordCopyBuffer(context.datasetCode, context.batchIdBytes, context.needsRecordIds);
  }

  get size(): number {
    return this.accepted + this.rejected.length;
  }

  addRecord(rowNumber: number, values: StandardRecord, attrsJson: string): void {
    const context = this.context;
    this.main = null;
    const validity = context.facts(values, this);
    const main = this.main as WantedSubject | null;
    const slot = this.copy.add(
      rowNumber,
      main !== null,
      main === null ? null : context.roleBytes(this.mainRole as string),
      attrsJson,
      context.day(validity.validFrom),
      context.day(validity.validTo),
    );
    if (main !== null) {
      this.slots.push(slot);
      this.slotSubjects.push(main);
    }
    this.accepted++;
  }

  mainSubject(role: string, type: SubjectType, key: string, name: string | null): void {
    this.mainRole = role;
    this.main = this.want(type, key, name);
  }

  otherSubject(role: string, type: SubjectType, key: string, name: string | null): void {
    this.others.push({ row: this.accepted, role, subject: this.want(type, key, name) });
  }

  relation(relation: StagedRelation): void {
    const from = this.want(relation.fromType, relation.fromKey, null);
    const to = this.want(relation.toType, relation.toKey, null);
    this.relations.push({ row: this.accepted, relation, from, to });
  }

  addRejected(row: RejectedRow): void {
    this.rejected.push(row);
  }

  /** Writes the chunk's subjects, records, links, relations and rejects (inside the caller's transaction). */
  async write(client: PoolClient): Promise<void> {
    const { batchId, spec } = this.context;
    if (this.accepted > 0) {
      await this.context.subjects.resolve(client, this.wanted.values());
      for (let i = 0; i < this.slots.length; i++) this.copy.setSubjectId(this.slots[i] as number, (this.slotSubjects[i] as WantedSubject).id as number);
      const recordIds = this.context.needsRecordIds ? await allocateRecordIds(client, this.accepted) : [];
      if (recordIds.length > 0) this.copy.setRecordIds(recordIds);
      const sink = client.query(copyFrom(`COPY records (${this.copy.columns.join(', ')}) FROM STDIN (FORMAT binary)`));
      await pipeline(Readable.from([this.copy.finish()]), sink);
      await this.writeLinks(client, recordIds);
      await this.writeRelations(client, recordIds, batchId, spec.code);
    }
    await copyRows(client, 'rejects', ['batch_id', 'row_number', 'raw', 'errors'], this.rejected.map((row) => [batchId, row.rowNumber, row.raw, row.errors]));
  }

  private want(type: string, key: string, name: string | null): WantedSubject {
    let subject = this.wanted.get(type, key);
    // The chunk's latest row that names the subject gives its name.
    if (subject === undefined) this.wanted.set(type, key, (subject = { type, key, name }));
    else if (name !== null) subject.name = name;
    return subject;
  }

  private async writeLinks(client: PoolClient, recordIds: number[]): Promise<void> {
    if (this.others.length === 0) return;
    // One link per record, role and subject, however often a row repeats a co-applicant.
    const links = new Map<string, [number, string, number]>();
    for (const other of this.others) {
      const link: [number, string, number] = [recordIds[other.row] as number, other.role, other.subject.id as number];
      links.set(link.join('\u0000'), link);
    }
    await copyRows(client, 'record_subjects', ['record_id', 'role', 'subject_id'], [...links.values()]);
  }

  private async writeRelations(client: PoolClient, recordIds: number[], batchId: string, datasetCode: string): Promise<void> {
    if (this.relations.length === 0) return;
    await copyRows(
      client,
      'relations',
      ['type', 'from_subject_id', 'to_subject_id', 'valid_from', 'valid_to', 'attributes', 'record_id', 'batch_id', 'dataset_code'],
      this.relations.map(({ row, relation, from, to }) => [
        relation.type,
        from.id as number,
        to.id as number,
        relation.validFrom,
        relation.validTo,
        relation.attributes,
        recordIds[row] as number,
        batchId,
        datasetCode,
      ]),
    );
  }
}

/** Whether every accepted row names its main subject: the dataset's one subject role has a required key. */
function alwaysNamesMainSubject(spec: DatasetSpec): boolean {
  const [only] = spec.subjects;
  return spec.subjects.length === 1 && spec.fields.some((f) => f.name === only?.keyField && f.required);
}

/** Record ids taken from the records' own sequence, so links and relations can name them in the same COPY round. */
async function allocateRecordIds(client: PoolClient, count: number): Promise<number[]> {
  const { rows } = await client.query<{ id: string }>(`select nextval('records_id_seq') as id from generate_series(1, $1)`, [count]);
  return rows.map((row) => Number(row.id));
}
