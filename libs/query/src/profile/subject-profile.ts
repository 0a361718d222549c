// A subject's profile: every record from every department grouped by dataset with its
// validity, current and past relations, a timeline of both, and each fact's lineage.
import type { Db, SubjectType } from '@zhijian/db';
import { sql } from 'drizzle-orm';
import { datasetInfos, sensitiveFields } from '../dataset-info';
import { type Masking, maskAttributes } from '../masking';
import { type SubjectRow, toSubjectRef } from '../subject-ref';
import type { DatasetGroup, Lineage, ProfileRecord, ProfileRelation, SubjectProfile, TimelineEvent } from './types';

const RECORD_LIMIT = 1000;
const RELATION_LIMIT = 1000;

type LineageColumns = {
  batch_id: string;
  row_number: number;
  file_name: string;
  delivered_at: string;
  department_code: string;
  department_name: string;
};

const lineageOf = (row: LineageColumns): Lineage => ({
  department: { code: row.department_code, name: row.department_name },
  batchId: row.batch_id,
  rowNumber: row.row_number,
  fileName: row.file_name,
  deliveredAt: new Date(row.delivered_at).toISOString(),
});

/** The subject by id, or null. */
export async function findSubject(db: Db, ref: { id: number } | { type: SubjectType; key: string }): Promise<SubjectRow | null> {
  const { rows } = await db.execute<SubjectRow>(
    'id' in ref
      ? sql`select id, type, key, name from subjects where id = ${ref.id}`
      : sql`select id, type, key, name from subjects where type = ${ref.type}::subject_type and key = ${ref.key}`,
  );
  return rows[0] ?? null;
}

export async function subjectProfile(db: Db, subject: SubjectRow, masking: Masking, today = new Date().toISOString().slice(0, 10)): Promise<SubjectProfile> {
  const id = Number(subject.id);
  const infos = await datasetInfos(db);
  const isCurrent = (from: string | null, to: string | null) => (from === null || from <= today) && (to === null || to >= today);

  // Side by side on two connections: an analyst waits for the slower of the two, not their sum.
  const recordQuery = db.execute<LineageColumns & {
    id: string; dataset_code: string; role: string | null; attrs: Record<string, unknown>; valid_from: string | null; valid_to: string | null;
  }>(sql`
    select r.id, r.dataset_code, r.role, r.attrs, r.valid_from::text, r.valid_to::text, r.batch_id, r.row_number,
      b.file_name, b.created_at as delivered_at, d.code as department_code, d.name as department_name
    from (
      select id, dataset_code, subject_role as role, attrs, valid_from, valid_to, batch_id, row_number from records where subject_id = ${id}
      union all
      select r.id, r.dataset_code, rs.role, r.attrs, r.valid_from, r.valid_to, r.batch_id, r.row_number
      from record_subjects rs join records r on r.id = rs.record_id where rs.subject_id = ${id}
    ) r
    join batches b on b.id = r.batch_id and b.status = 'published' join departments d on d.id = b.department_id
    order by r.valid_from desc nulls last, r.id desc
    limit ${RECORD_LIMIT + 1}`);

  const relationQuery = db.execute<LineageColumns & {
    id: string; type: string; direction: 'out' | 'in'; valid_from: string | null; valid_to: string | null; attributes: Record<string, unknown>;
    dataset_code: string; other_id: string; other_type: SubjectType; other_key: string; other_name: string | null;
  }>(sql`
    select e.id, e.type, e.direction, e.valid_from::text, e.valid_to::text, e.attributes, e.dataset_code,
      s.id as other_id, s.type as other_type, s.key as other_key, s.name as other_name,
      e.batch_id, rec.row_number, b.file_name, b.created_at as delivered_at, d.code as department_code, d.name as department_name
    from (
      (select r.*, 'out' as direction, r.to_subject_id as other from relations r where r.from_subject_id = ${id} and exists (select 1 from batches pb where pb.id = r.batch_id and pb.status = 'published') limit ${RELATION_LIMIT + 1})
      union all
      (select r.*, 'in', r.from_subject_id from relations r where r.to_subject_id = ${id} and exists (select 1 from batches pb where pb.id = r.batch_id and pb.status = 'published') limit ${RELATION_LIMIT + 1})
    ) e
    join subjects s on s.id = e.other
    join records rec on rec.id = e.record_id
    join batches b on b.id = e.batch_id and b.status = 'published' join departments d on d.id = b.department_id
    order by e.valid_from desc nulls last, e.id desc
    limit ${RELATION_LIMIT + 1}`);
  const [{ rows: recordRows }, { rows: relationRows }] = await Promise.all([recordQuery, relationQuery]);

  const records: ProfileRecord[] = recordRows.slice(0, RECORD_LIMIT).map((row) => ({
    id: Number(row.id),
    datasetCode: row.dataset_code,
    role: row.role,
    attrs: maskAttributes(row.attrs, sensitiveFields(infos, row.dataset_code), masking),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    current: isCurrent(row.valid_from, row.valid_to),
    lineage: lineageOf(row),
  }));
  const groups = new Map<string, DatasetGroup>();
  for (const record of records) {
    const group = groups.get(record.datasetCode) ?? {
      datasetCode: record.datasetCode,
      datasetName: infos.get(record.datasetCode)?.name ?? { zh: record.datasetCode, en: record.datasetCode },
      records: [],
    };
    group.records.push(record);
    groups.set(record.datasetCode, group);
  }

  const relations: ProfileRelation[] = relationRows.slice(0, RELATION_LIMIT).map((row) => ({
    id: Number(row.id),
    type: row.type,
    direction: row.direction,
    other: toSubjectRef({ id: row.other_id, type: row.other_type, key: row.other_key, name: row.other_name }, masking),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    attributes: row.attributes,
    datasetCode: row.dataset_code,
    lineage: lineageOf(row),
  }));

  const departments = new Map<string, { code: string; name: string }>();
  for (const fact of [...records, ...relations]) departments.set(fact.lineage.department.code, fact.lineage.department);

  return {
    subject: toSubjectRef(subject, masking),
    departments: [...departments.values()].sort((a, b) => a.code.localeCompare(b.code)),
    datasets: [...groups.values()].sort((a, b) => a.datasetCode.localeCompare(b.datasetCode)),
    relations: {
      current: relations.filter((r) => isCurrent(r.validFrom, r.validTo)),
      past: relations.filter((r) => !isCurrent(r.validFrom, r.validTo)),
    },
    timeline: timeline(records, relations),
    truncated: { records: recordRows.length > RECORD_LIMIT, relations: relationRows.length > RELATION_LIMIT },
  };
}

/** Starts and ends of records and relations, newest first; a one-day event appears once. */
function timeline(records: ProfileRecord[], relations: ProfileRelation[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const r of records) {
    if (r.validFrom) events.push({ date: r.validFrom, kind: 'record_start', datasetCode: r.datasetCode, refId: r.id, label: r.role ?? '' });
    if (r.validTo && r.validTo !== r.validFrom) events.push({ date: r.validTo, kind: 'record_end', datasetCode: r.datasetCode, refId: r.id, label: r.role ?? '' });
  }
  for (const r of relations) {
    if (r.validFrom) events.push({ date: r.validFrom, kind: 'relation_start', datasetCode: r.datasetCode, refId: r.id, label: r.type, other: r.other });
    if (r.validTo && r.validTo !== r.validFrom) events.push({ date: r.validTo, kind: 'relation_end', datasetCode: r.datasetCode, refId: r.id, label: r.type, other: r.other });
  }
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.refId - b.refId);
}
