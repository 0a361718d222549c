// A collision model → one SELECT of hits: each alternative is a join of its atoms with its
// time conditions, filters and anti-joins; alternatives are UNION ALL-ed.
import type { CollisionAlternative, CollisionModelSpec } from '../spec/types';
import { absentSql, addRecordAtom, addRelationAtom, isRelationAtom, type QueryParts } from './atoms';
import { conditionSql, exprSql, timeSql } from './expressions';
import { subjectColumns } from './hit-columns';
import { type CompileInput, Scope } from './scope';
import { ModelSpecError, type SqlBuilder } from './sql-builder';

export function compileCollision(spec: CollisionModelSpec, input: CompileInput, sql: SqlBuilder): string {
  if (spec.alternatives.length === 0) throw new ModelSpecError('a collision model needs at least one alternative');
  return spec.alternatives.map((alternative, index) => compileAlternative(spec, alternative, index, input, sql)).join('\nunion all\n');
}

function compileAlternative(spec: CollisionModelSpec, alternative: CollisionAlternative, index: number, input: CompileInput, sql: SqlBuilder): string {
  const scope = new Scope(sql, input);
  const parts: QueryParts = { from: [], where: [] };
  const [first, ...others] = alternative.atoms;
  if (!first || isRelationAtom(first)) throw new ModelSpecError(`alternative ${index + 1} must start with a record atom`);
  if (first.as === spec.base.as && first.dataset !== spec.base.dataset) {
    throw new ModelSpecError(`atom "${first.as}" must read the base dataset ${spec.base.dataset}`);
  }
  addRecordAtom(scope, parts, first, true);
  for (const atom of others) {
    if (isRelationAtom(atom)) addRelationAtom(scope, parts, atom);
    else addRecordAtom(scope, parts, atom, false);
  }
  for (const condition of alternative.time ?? []) parts.where.push(timeSql(scope, condition));
  for (const condition of alternative.where ?? []) parts.where.push(conditionSql(scope, condition));
  for (const absent of alternative.absent ?? []) parts.where.push(absentSql(scope, absent));

  const subject = subjectColumns(scope, spec.subject);
  // Amounts count the base records; an alternative without the base atom (two applications
  // of one person) names a warning but adds no amount.
  const usesBase = first.as === spec.base.as;
  const baseAlias = scope.atom(first.as).alias;
  const evidence = [...scope.atoms.values()].filter((atom) => !isAbsent(alternative, atom.alias)).map((atom) => atom.evidence);
  const fingerprint = spec.fingerprint?.length
    ? `concat_ws('|', ${spec.fingerprint.map((expr) => `(${exprSql(scope, expr, 'text')})::text`).join(', ')})`
    : `''`;
  const route = spec.route.to === 'organization' ? (scope.nodes.get(spec.route.node) ?? missingNode(spec.route.node)) : 'null::bigint';
  const amount = spec.amount && usesBase ? `(${exprSql(scope, spec.amount)})::bigint` : 'null::bigint';

  return `select ${subject.type} as subject_type, ${subject.key} as subject_key, ${subject.id} as subject_id, ${subject.name} as subject_name,
  ${fingerprint} as fingerprint, ${baseAlias}.id as base_id, ${amount} as amount,
  array[${evidence.join(', ')}]::bigint[] as evidence, ${route} as route_subject_id,
  ${baseAlias}.valid_from as period_from, ${baseAlias}.valid_to as period_to, null::jsonb as measure
from ${parts.from.join('\n  ')}
where ${parts.where.join('\n  and ') || 'true'}`;
}

function isAbsent(alternative: CollisionAlternative, alias: string): boolean {
  return (alternative.absent ?? []).some((atom) => atom.as === alias);
}

function missingNode(node: string): never {
  throw new ModelSpecError(`route node "${node}" is not bound by any atom`);
}
