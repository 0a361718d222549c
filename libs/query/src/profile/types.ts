import type { LocalizedText } from '@zhijian/catalog';
import type { SubjectRef } from '../subject-ref';

/** Where a fact came from: the delivering department, the batch and the source row. */
export interface Lineage {
  department: { code: string; name: string };
  batchId: string;
  rowNumber: number;
  fileName: string;
  deliveredAt: string;
}

export interface ProfileRecord {
  id: number;
  datasetCode: string;
  /** The subject's role in the record (recipient, owner_person, employer…). */
  role: string | null;
  attrs: Record<string, unknown>;
  validFrom: string | null;
  validTo: string | null;
  current: boolean;
  lineage: Lineage;
}

export interface DatasetGroup {
  datasetCode: string;
  datasetName: LocalizedText;
  records: ProfileRecord[];
}

export interface ProfileRelation {
  id: number;
  type: string;
  /** `out`: this subject is the relation's `from`; `in`: its `to`. */
  direction: 'out' | 'in';
  other: SubjectRef;
  validFrom: string | null;
  validTo: string | null;
  attributes: Record<string, unknown>;
  datasetCode: string;
  lineage: Lineage;
}

export interface TimelineEvent {
  date: string;
  kind: 'record_start' | 'record_end' | 'relation_start' | 'relation_end';
  datasetCode: string;
  /** The record or relation id. */
  refId: number;
  /** Relation type, or the record's role. */
  label: string;
  other?: SubjectRef;
}

/**
 * Everything the library knows about one subject.
 *
 * EXTENSION POINT (open warnings and cases): the warning engine's `warnings` table is
 * being built separately. When it lands, add `warnings: ProfileWarning[]` here and fill it
 * in `subjectProfile` from `warnings where subject_type = … and subject_key = … and status
 * is open`; the web app's profile page has a marked slot for the tab. Until then the
 * profile carries no warnings section at all (rather than a misleading empty list).
 */
export interface SubjectProfile {
  subject: SubjectRef;
  departments: Array<{ code: string; name: string }>;
  datasets: DatasetGroup[];
  relations: { current: ProfileRelation[]; past: ProfileRelation[] };
  timeline: TimelineEvent[];
  /** More records or relations exist than the profile lists. */
  truncated: { records: boolean; relations: boolean };
}
