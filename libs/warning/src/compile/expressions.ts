// Expressions, filters and time conditions → SQL. A field is read from the record's
// standardized attributes with the cast its catalogue type calls for, so comparisons are
// numeric, date or boolean rather than textual.
import type { FieldType } from '@zhijian/catalog';
import type { CompareOp, Condition, Expr, TimeCondition } from '../spec/types';
import type { Scope } from './scope';
import { identifier, literal, ModelSpecError } from './sql-builder';

const CAST_BY_TYPE: Partial<Record<FieldType, string>> = {
  integer: 'bigint',
  amount: 'bigint',
  decimal: 'numeric',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
};

const PERIOD_COLUMNS = new Set(['valid_from', 'valid_to']);
const OPS = new Set<CompareOp>(['=', '<>', '<', '<=', '>', '>=']);

/** `atom.field` → its SQL and the cast applied ('text' when none). */
export function fieldSql(scope: Scope, ref: string): { sql: string; cast: string } {
  const [atomName, fieldName, ...rest] = ref.split('.');
  if (!atomName || !fieldName || rest.length > 0) throw new ModelSpecError(`field reference "${ref}" must be "<atom>.<field>"`);
  identifier(fieldName, 'field');
  if (PERIOD_COLUMNS.has(fieldName)) return { sql: `${scope.atom(atomName).alias}.${fieldName}`, cast: 'date' };
  const { atom, field } = scope.field(atomName, fieldName);
  const cast = CAST_BY_TYPE[field.type];
  const text = `(${atom.alias}.attrs->>${literal(field.name)})`;
  return cast ? { sql: `${text}::${cast}`, cast } : { sql: text, cast: 'text' };
}

export function exprSql(scope: Scope, expr: Expr, castHint = 'numeric'): string {
  if ('field' in expr) return fieldSql(scope, expr.field).sql;
  if ('param' in expr) return scope.sql.bind(scope.param(expr.param), 'numeric');
  if ('asOf' in expr) return scope.asOf();
  if ('yearOf' in expr) return `extract(year from ${fieldSql(scope, expr.yearOf).sql})::int`;
  if ('mul' in expr) return `(${exprSql(scope, expr.mul[0])} * ${exprSql(scope, expr.mul[1])})`;
  if ('div' in expr) return `(${exprSql(scope, expr.div[0])}::numeric / nullif(${exprSql(scope, expr.div[1])}, 0))`;
  const value = expr.value;
  if (typeof value === 'boolean') return scope.sql.bind(value, 'boolean');
  if (typeof value === 'number') return scope.sql.bind(value, 'numeric');
  return scope.sql.bind(value, castHint === 'numeric' ? 'text' : castHint);
}

/** The cast an expression's value takes, so a literal on the other side binds alike. */
function castOf(scope: Scope, expr: Expr): string {
  if ('field' in expr) return fieldSql(scope, expr.field).cast;
  if ('asOf' in expr) return 'date';
  return 'numeric';
}

export function conditionSql(scope: Scope, condition: Condition): string {
  if ('any' in condition) return `(${condition.any.map((c) => conditionSql(scope, c)).join(' or ') || 'false'})`;
  if ('all' in condition) return `(${condition.all.map((c) => conditionSql(scope, c)).join(' and ') || 'true'})`;
  if ('left' in condition) {
    if (!OPS.has(condition.op)) throw new ModelSpecError(`unknown operator "${condition.op}"`);
    const hint = castOf(scope, condition.left);
    return `${exprSql(scope, condition.left, hint)} ${condition.op} ${exprSql(scope, condition.right, hint)}`;
  }
  const field = fieldSql(scope, condition.field);
  const textOf = (values: readonly (string | number | boolean)[]) => scope.sql.bind(values.map(String), 'text[]');
  // Lists compare as text: enum codes and booleans are stored as their JSON text.
  const asText = field.cast === 'text' ? field.sql : `(${field.sql})::text`;
  if ('in' in condition) return `${asText} = any(${textOf(condition.in)})`;
  if ('notIn' in condition) return `${asText} <> all(${textOf(condition.notIn)})`;
  if ('notContains' in condition) return `coalesce(position(${scope.sql.bind(condition.notContains, 'text')} in ${asText}) = 0, true)`;
  return condition.isNull ? `${field.sql} is null` : `${field.sql} is not null`;
}

/** An atom's validity period; an open end is unbounded. */
function period(scope: Scope, atomName: string) {
  const alias = scope.atom(atomName).alias;
  return { from: `${alias}.valid_from`, to: `${alias}.valid_to` };
}

export function timeSql(scope: Scope, condition: TimeCondition): string {
  if ('overlap' in condition) {
    const [a, b] = condition.overlap.map((name) => period(scope, name)) as [ReturnType<typeof period>, ReturnType<typeof period>];
    return `(${a.from} is null or ${b.to} is null or ${a.from} <= ${b.to}) and (${b.from} is null or ${a.to} is null or ${b.from} <= ${a.to})`;
  }
  if ('after' in condition) {
    const [a, b] = condition.after.map((name) => period(scope, name)) as [ReturnType<typeof period>, ReturnType<typeof period>];
    return `${a.from} > ${b.to}`;
  }
  if ('before' in condition) {
    const [a, b] = condition.before.map((name) => period(scope, name)) as [ReturnType<typeof period>, ReturnType<typeof period>];
    return `${a.to} < ${b.from}`;
  }
  const [a, b] = condition.withinDays.map((name) => period(scope, name)) as [ReturnType<typeof period>, ReturnType<typeof period>];
  return `abs(${a.from} - ${b.from}) <= ${exprSql(scope, condition.days)}`;
}
