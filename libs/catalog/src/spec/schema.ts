import { z } from 'zod';
import { headerIndexOf } from '../header-index';
import {
  fieldTypes,
  relationTypes,
  subjectTypes,
  type DatasetSpec,
  type FieldSpec,
  type FieldType,
  type PersonMatchSpec,
  type SubjectType,
} from './types';

// Admins add datasets as JSON; this schema is the gate. Besides the shape it checks that
// every name a spec refers to exists, so a bad spec fails here rather than on row 1 of
// a million-row file.

const snakeCase = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'snake_case expected');
const localizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const enumValueSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'lower-case code expected'),
  label: localizedText,
  synonyms: z.array(z.string().min(1)),
});

const fieldSchema = z.object({
  name: snakeCase,
  label: localizedText,
  type: z.enum(fieldTypes),
  required: z.boolean(),
  synonyms: z.array(z.string().min(1)),
  enumValues: z.array(enumValueSchema).min(1).optional(),
  fraction: z.boolean().optional(),
  description: z.string().optional(),
});

const personMatchSchema = z.object({ name: snakeCase, birthDate: snakeCase.optional(), regionCode: snakeCase.optional() });

const subjectSchema = z.object({
  role: snakeCase,
  subjectType: z.enum(subjectTypes),
  keyField: snakeCase,
  nameField: snakeCase.optional(),
  matchBy: personMatchSchema.optional(),
});

const namedPersonSchema = z.object({ role: snakeCase, matchBy: personMatchSchema });

const relationSchema = z.object({
  type: z.enum(relationTypes),
  from: snakeCase,
  to: snakeCase,
  validFromField: snakeCase.optional(),
  validToField: snakeCase.optional(),
  attributeFields: z.record(snakeCase, snakeCase).optional(),
  when: z.object({ field: snakeCase, equals: z.union([z.string(), z.number(), z.boolean()]) }).optional(),
});

const validitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('period'), from: snakeCase, to: snakeCase.optional() }),
  z.object({ kind: z.literal('month'), month: snakeCase }),
  z.object({ kind: z.literal('event'), at: snakeCase }),
  z.object({ kind: z.literal('none') }),
]);

const KEY_TYPES: Record<SubjectType, readonly FieldType[]> = {
  person: ['id_number', 'id_number_list'],
  organization: ['uscc', 'string', 'certificate_no'],
  property: ['certificate_no', 'string'],
  vehicle: ['plate', 'string'],
};
const DATE_TYPES: readonly FieldType[] = ['date', 'datetime'];

type Issue = { message: string; path: (string | number)[] };

function crossReferenceIssues(spec: DatasetSpec): Issue[] {
  const issues: Issue[] = [];
  const fields = new Map<string, FieldSpec>();
  spec.fields.forEach((field, i) => {
    if (fields.has(field.name)) issues.push({ message: `duplicate field ${field.name}`, path: ['fields', i, 'name'] });
    fields.set(field.name, field);
    if (field.type === 'enum' && field.enumValues === undefined) {
      issues.push({ message: 'an enum field needs enumValues', path: ['fields', i, 'enumValues'] });
    }
    if (field.type === 'boolean' && field.enumValues?.some((v) => v.code !== 'true' && v.code !== 'false')) {
      issues.push({ message: 'boolean enumValues use the codes true and false', path: ['fields', i, 'enumValues'] });
    }
    if (field.enumValues !== undefined && field.type !== 'enum' && field.type !== 'boolean') {
      issues.push({ message: 'enumValues apply only to enum and boolean fields', path: ['fields', i, 'enumValues'] });
    }
    if (field.fraction === true && field.type !== 'decimal') {
      issues.push({ message: 'fraction applies only to decimal fields', path: ['fields', i, 'fraction'] });
    }
  });

  const expectField = (name: string | undefined, path: Issue['path'], types?: readonly FieldType[]) => {
    if (name === undefined) return;
    const field = fields.get(name);
    if (field === undefined) issues.push({ message: `unknown field ${name}`, path });
    else if (types !== undefined && !types.includes(field.type)) {
      issues.push({ message: `field ${name} must be of type ${types.join(' or ')}`, path });
    }
  };

  const expectMatchFields = (matchBy: PersonMatchSpec, path: Issue['path']) => {
    expectField(matchBy.name, [...path, 'name'], ['person_name']);
    expectField(matchBy.birthDate, [...path, 'birthDate'], ['date']);
    expectField(matchBy.regionCode, [...path, 'regionCode'], ['region_code']);
  };

  const oneOfFields = new Set<string>();
  spec.requireOneOf?.forEach((group, g) => {
    if (group.length < 2) issues.push({ message: 'a requireOneOf group names at least two fields', path: ['requireOneOf', g] });
    group.forEach((name, i) => {
      oneOfFields.add(name);
      expectField(name, ['requireOneOf', g, i]);
      if (fields.get(name)?.required === true) {
        issues.push({ message: `${name} is in a requireOneOf group, so it must be optional`, path: ['requireOneOf', g, i] });
      }
    });
  });

  const roles = new Set<string>();
  spec.subjects.forEach((subject, i) => {
    if (roles.has(subject.role)) issues.push({ message: `duplicate role ${subject.role}`, path: ['subjects', i, 'role'] });
    roles.add(subject.role);
    expectField(subject.keyField, ['subjects', i, 'keyField'], KEY_TYPES[subject.subjectType]);
    expectField(subject.nameField, ['subjects', i, 'nameField']);
    if (subject.matchBy !== undefined) {
      if (subject.subjectType !== 'person') issues.push({ message: 'matchBy applies only to person subjects', path: ['subjects', i, 'matchBy'] });
      expectMatchFields(subject.matchBy, ['subjects', i, 'matchBy']);
    }
  });
  spec.namedPersons?.forEach((person, i) => {
    if (roles.has(person.role)) issues.push({ message: `duplicate role ${person.role}`, path: ['namedPersons', i, 'role'] });
    roles.add(person.role);
    expectMatchFields(person.matchBy, ['namedPersons', i, 'matchBy']);
  });

  spec.relations.forEach((relation, i) => {
    if (!roles.has(relation.from)) issues.push({ message: `unknown role ${relation.from}`, path: ['relations', i, 'from'] });
    if (!roles.has(relation.to)) issues.push({ message: `unknown role ${relation.to}`, path: ['relations', i, 'to'] });
    expectField(relation.validFromField, ['relations', i, 'validFromField'], DATE_TYPES);
    expectField(relation.validToField, ['relations', i, 'validToField'], DATE_TYPES);
    for (const [attribute, field] of Object.entries(relation.attributeFields ?? {})) {
      expectField(field, ['relations', i, 'attributeFields', attribute]);
    }
    expectField(relation.when?.field, ['relations', i, 'when', 'field']);
  });

  for (const clash of headerIndexOf(spec).clashes) {
    issues.push({ message: `header "${clash.key}" would map to ${clash.fields.join(' and ')}`, path: ['fields'] });
  }

  const validity = spec.validity;
  if (validity.kind === 'period') {
    expectField(validity.from, ['validity', 'from'], DATE_TYPES);
    expectField(validity.to, ['validity', 'to'], DATE_TYPES);
  } else if (validity.kind === 'month') expectField(validity.month, ['validity', 'month'], ['month']);
  else if (validity.kind === 'event') expectField(validity.at, ['validity', 'at'], DATE_TYPES);
  return issues;
}

export const datasetSpecSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, '<domain>.<name> in snake_case expected'),
    version: z.int().min(1),
    name: localizedText,
    provider: z.string().min(1),
    fields: z.array(fieldSchema).min(1),
    requireOneOf: z.array(z.array(snakeCase)).optional(),
    subjects: z.array(subjectSchema),
    namedPersons: z.array(namedPersonSchema).optional(),
    relations: z.array(relationSchema),
    validity: validitySchema,
  })
  .superRefine((spec, ctx) => {
    for (const issue of crossReferenceIssues(spec)) ctx.addIssue({ code: 'custom', ...issue });
  }) satisfies z.ZodType<DatasetSpec>;

export type DatasetSpecParseResult =
  | { readonly ok: true; readonly spec: DatasetSpec }
  | { readonly ok: false; readonly issues: readonly { readonly path: string; readonly message: string }[] };

/** Checks a spec read from JSON; never throws. */
export function parseDatasetSpec(input: unknown): DatasetSpecParseResult {
  const parsed = datasetSpecSchema.safeParse(input);
  if (parsed.success) return { ok: true, spec: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
