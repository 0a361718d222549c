import {
  type DatasetSpec,
  type RelationType,
  type StandardRecord,
  type StandardValue,
  type SubjectSpec,
  type SubjectType,
} from './spec/types';
import { dayOf, recordValidity } from './validity';

export interface SubjectRef {
  readonly role: string;
  readonly subjectType: SubjectType;
  /** The canonical identifier: resident ID, USCC, plate or certificate number. */
  readonly key: string;
  readonly name?: string;
}

export interface RelationRef {
  readonly type: RelationType;
  readonly fromRole: string;
  readonly toRole: string;
  readonly fromSubjectType: SubjectType;
  readonly toSubjectType: SubjectType;
  readonly fromKey: string;
  readonly toKey: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly attributes: Readonly<Record<string, StandardValue>>;
}

function keysOf(subject: SubjectSpec, values: StandardRecord): readonly string[] {
  const key = values[subject.keyField];
  if (typeof key === 'string') return key === '' ? [] : [key];
  if (Array.isArray(key)) return key as readonly string[];
  return [];
}

/** The subjects a standardized record names; an absent key names none. */
export function subjectRefs(spec: DatasetSpec, values: StandardRecord): SubjectRef[] {
  const refs: SubjectRef[] = [];
  for (const subject of spec.subjects) {
    const keys = keysOf(subject, values);
    const name = subject.nameField === undefined ? null : values[subject.nameField];
    // A list of keys (co-applicants) carries no names of its own.
    const namedOne = keys.length === 1 && typeof name === 'string' && name !== '';
    for (const key of keys) {
      refs.push(
        namedOne
          ? { role: subject.role, subjectType: subject.subjectType, key, name: name }
          : { role: subject.role, subjectType: subject.subjectType, key },
      );
    }
  }
  return refs;
}

/**
 * The relations a standardized record asserts, one per pair of present keys. A relation
 * without its own date fields holds over the record's validity.
 */
export function relationRefs(spec: DatasetSpec, values: StandardRecord): RelationRef[] {
  const refs: RelationRef[] = [];
  const subjects = new Map(spec.subjects.map((subject) => [subject.role, subject]));
  let validity: ReturnType<typeof recordValidity> | undefined;
  for (const relation of spec.relations) {
    if (relation.when !== undefined && values[relation.when.field] !== relation.when.equals) continue;
    const from = subjects.get(relation.from);
    const to = subjects.get(relation.to);
    if (from === undefined || to === undefined) continue;
    const fromKeys = keysOf(from, values);
    const toKeys = keysOf(to, values);
    if (fromKeys.length === 0 || toKeys.length === 0) continue;

    validity ??= recordValidity(spec, values);
    const validFrom = relation.validFromField === undefined ? validity.validFrom : dayOf(values[relation.validFromField]);
    const validTo = relation.validToField === undefined ? validity.validTo : dayOf(values[relation.validToField]);
    const attributes: Record<string, StandardValue> = {};
    for (const [attribute, field] of Object.entries(relation.attributeFields ?? {})) {
      attributes[attribute] = values[field] ?? null;
    }
    for (const fromKey of fromKeys) {
      for (const toKey of toKeys) {
        if (fromKey === toKey && from.subjectType === to.subjectType) continue; // no one is their own co-applicant
        refs.push({
          type: relation.type,
          fromRole: relation.from,
          toRole: relation.to,
          fromSubjectType: from.subjectType,
          toSubjectType: to.subjectType,
          fromKey,
          toKey,
          validFrom,
          validTo,
          attributes,
        });
      }
    }
  }
  return refs;
}
