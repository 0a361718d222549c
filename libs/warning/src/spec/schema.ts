// Runtime check of a model spec an admin submits as JSON. The compiler checks the rest
// (datasets, fields, roles, bound nodes) against the catalogue.
import { z } from 'zod';
import type { Condition, Expr, ModelSpec } from './types';

const name = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'lower-case identifier');
const fieldRef = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, '"<atom>.<field>"');
const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const op = z.enum(['=', '<>', '<', '<=', '>', '>=']);

const expr: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.object({ field: fieldRef }).strict(),
    z.object({ param: name }).strict(),
    z.object({ value: scalar }).strict(),
    z.object({ asOf: z.literal(true) }).strict(),
    z.object({ yearOf: fieldRef }).strict(),
    z.object({ mul: z.tuple([expr, expr]) }).strict(),
    z.object({ div: z.tuple([expr, expr]) }).strict(),
  ]),
);

const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ left: expr, op, right: expr }).strict(),
    z.object({ field: fieldRef, in: z.array(scalar).min(1) }).strict(),
    z.object({ field: fieldRef, notIn: z.array(scalar).min(1) }).strict(),
    z.object({ field: fieldRef, isNull: z.boolean() }).strict(),
    z.object({ field: fieldRef, notContains: z.string().min(1) }).strict(),
    z.object({ any: z.array(condition).min(1) }).strict(),
    z.object({ all: z.array(condition).min(1) }).strict(),
  ]),
);

const pair = z.tuple([name, name]);
const time = z.union([
  z.object({ overlap: pair }).strict(),
  z.object({ after: pair }).strict(),
  z.object({ before: pair }).strict(),
  z.object({ withinDays: pair, days: expr }).strict(),
]);

const datasetCode = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/);
const subjects = z.record(name, name).optional();
const recordAtom = z
  .object({
    as: name,
    dataset: datasetCode,
    subjects,
    subjectInAnyRole: z.object({ roles: z.array(name).min(1), node: name }).strict().optional(),
    where: z.array(condition).optional(),
    distinctFrom: z.array(name).optional(),
  })
  .strict();
const relationAtom = z
  .object({ as: name, relation: z.array(name).min(1), from: name, to: name, direction: z.enum(['forward', 'any']).optional() })
  .strict();
const absentAtom = z
  .object({ as: name, dataset: datasetCode, subjects, where: z.array(condition).optional(), time: z.array(time).optional() })
  .strict();

const subject = z.union([
  z.object({ node: name }).strict(),
  z.object({ type: name, key: z.array(expr).min(1), name: expr.optional() }).strict(),
]);
const param = z
  .object({
    type: z.enum(['number', 'integer']),
    default: z.number(),
    label: localized,
    unit: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();
const route = z.union([
  z.object({ to: z.literal('provider') }).strict(),
  z.object({ to: z.literal('department'), code: z.string().min(1) }).strict(),
  z.object({ to: z.literal('organization'), node: name, fallbackDepartment: z.string().min(1) }).strict(),
]);

const common = {
  code: datasetCode,
  version: z.number().int().positive(),
  name: localized,
  description: localized,
  severity: z.enum(['low', 'medium', 'high']),
  params: z.record(name, param).optional(),
  route,
};

export const modelSpecSchema: z.ZodType<ModelSpec> = z.discriminatedUnion('kind', [
  z
    .object({
      ...common,
      kind: z.literal('collision'),
      base: z.object({ dataset: datasetCode, as: name }).strict(),
      alternatives: z
        .array(
          z
            .object({
              label: localized.optional(),
              atoms: z.array(z.union([recordAtom, relationAtom])).min(1),
              time: z.array(time).optional(),
              where: z.array(condition).optional(),
              absent: z.array(absentAtom).optional(),
            })
            .strict(),
        )
        .min(1),
      subject,
      amount: expr.optional(),
      fingerprint: z.array(expr).optional(),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('aggregate'),
      base: recordAtom,
      groupings: z.array(z.object({ label: localized.optional(), subject, by: z.array(expr).optional() }).strict()).min(1),
      countDistinct: expr.optional(),
      window: z.object({ days: expr }).strict().optional(),
      shareOf: z.array(expr).optional(),
      having: z.array(z.object({ measure: z.enum(['count', 'total', 'share']), op, right: expr }).strict()).min(1),
    })
    .strict(),
]);

/** Parses an admin's JSON; the error names the path of the first problem. */
export function parseModelSpec(input: unknown): ModelSpec {
  const result = modelSpecSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`invalid model spec at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown problem'}`);
}
