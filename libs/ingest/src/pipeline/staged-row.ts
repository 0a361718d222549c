// What one standardized row asserts, as the stage writes it into the library: its main
// subject, the other subjects it names, the relations it asserts and its validity. Compiled
// once per dataset, and handed to a sink instead of returned as objects, because at a
// million rows every per-row allocation shows up as garbage-collection time.
import { type DatasetSpec, recordValidity, type RecordValidity, relationRefs, type StandardRecord, type SubjectType } from '@zhijian/catalog';

export interface RowFactSink {
  /** The row's main subject: its first subject role present. Called at most once per row, first. */
  mainSubject(role: string, type: SubjectType, key: string, name: string | null): void;
  /** Every further subject the row names (co-applicants, employer…). */
  otherSubject(role: string, type: SubjectType, key: string, name: string | null): void;
  relation(relation: StagedRelation): void;
}

export interface StagedRelation {
  type: string;
  fromType: SubjectType;
  fromKey: string;
  toType: SubjectType;
  toKey: string;
  validFrom: string | null;
  validTo: string | null;
  attributes: Record<string, unknown>;
}

export interface RowFacts {
  /** Sends the row's subjects and relations to the sink; returns its validity. */
  (values: StandardRecord, sink: RowFactSink): RecordValidity;
}

/** Distinct validity inputs are few (a ledger has a dozen months), so their periods are computed once each. */
const MAX_CACHED_PERIODS = 10_000;

export function compileRowFacts(spec: DatasetSpec): RowFacts {
  const subjects = spec.subjects;
  const hasRelations = spec.relations.length > 0;
  const validityOf = cachedValidity(spec);
  return (values, sink) => {
    let first = true;
    for (const subject of subjects) {
      const keyValue = values[subject.keyField];
      const keys: readonly string[] = typeof keyValue === 'string' ? (keyValue === '' ? [] : [keyValue]) : Array.isArray(keyValue) ? keyValue : [];
      const nameValue = subject.nameField === undefined ? null : values[subject.nameField];
      // A list of keys (co-applicants) carries no names of its own.
      const name = keys.length === 1 && typeof nameValue === 'string' && nameValue !== '' ? nameValue : null;
      for (const key of keys) {
        if (first) sink.mainSubject(subject.role, subject.subjectType, key, name);
        else sink.otherSubject(subject.role, subject.subjectType, key, name);
        first = false;
      }
    }
    if (hasRelations) {
      for (const ref of relationRefs(spec, values)) {
        sink.relation({
          type: ref.type,
          fromType: ref.fromSubjectType,
          fromKey: ref.fromKey,
          toType: ref.toSubjectType,
          toKey: ref.toKey,
          validFrom: ref.validFrom,
          validTo: ref.validTo,
          attributes: ref.attributes,
        });
      }
    }
    return validityOf(values);
  };
}

/** recordValidity, remembered per distinct input value(s). */
function cachedValidity(spec: DatasetSpec): (values: StandardRecord) => RecordValidity {
  const validity = spec.validity;
  const inputs = validity.kind === 'month' ? [validity.month] : validity.kind === 'event' ? [validity.at] : validity.kind === 'period' ? [validity.from, ...(validity.to === undefined ? [] : [validity.to])] : [];
  if (inputs.length === 0) return (values) => recordValidity(spec, values);
  const cache = new Map<string, RecordValidity>();
  const [only] = inputs;
  return (values) => {
    const key = inputs.length === 1 ? String(values[only as string]) : inputs.map((field) => String(values[field])).join('\u0000');
    let period = cache.get(key);
    if (period === undefined) {
      period = recordValidity(spec, values);
      if (cache.size < MAX_CACHED_PERIODS) cache.set(key, period);
    }
    return period;
  };
}
