// Turns one standardized row into what the staging table holds: its attributes, the
// subjects it names and the relations it asserts (by subject key, so the publish step
// resolves them with joins alone).
import { type DatasetSpec, recordValidity, relationRefs, type StandardRecord, subjectRefs } from '@zhijian/catalog';

export interface StagedSubject {
  role: string;
  type: string;
  key: string;
  name: string | null;
}

export interface StagedRelation {
  type: string;
  fromType: string;
  fromKey: string;
  toType: string;
  toKey: string;
  validFrom: string | null;
  validTo: string | null;
  attributes: Record<string, unknown>;
}

export interface StagedRow {
  rowNumber: number;
  /** The standardized values as JSON text: written by COPY as is, and hashed to count duplicates. */
  attrsJson: string;
  /** The main subject (first subject role present), or null for rows that name none. */
  subject: StagedSubject | null;
  /** The other subjects the row names. */
  subjects: StagedSubject[];
  relations: StagedRelation[];
  validFrom: string | null;
  validTo: string | null;
}

export function toStagedRow(spec: DatasetSpec, rowNumber: number, values: StandardRecord): StagedRow {
  const subjects = subjectRefs(spec, values).map((ref) => ({ role: ref.role, type: ref.subjectType, key: ref.key, name: ref.name ?? null }));
  const relations = relationRefs(spec, values).map((ref) => ({
    type: ref.type,
    fromType: ref.fromSubjectType,
    fromKey: ref.fromKey,
    toType: ref.toSubjectType,
    toKey: ref.toKey,
    validFrom: ref.validFrom,
    validTo: ref.validTo,
    attributes: ref.attributes,
  }));
  const validity = recordValidity(spec, values);
  const [subject = null, ...others] = subjects;
  return { rowNumber, attrsJson: JSON.stringify(values), subject, subjects: others, relations, validFrom: validity.validFrom, validTo: validity.validTo };
}
