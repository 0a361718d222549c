// Record and relation atoms → FROM items and join conditions. A node variable is bound by
// its first occurrence; every later occurrence becomes an equality, which is how two
// datasets "collide" on the same person or organization.
import type { DatasetSpec } from '@zhijian/catalog';
import type { AbsentAtom, RecordAtom, RelationAtom } from '../spec/types';
import { conditionSql, timeSql } from './expressions';
import type { Scope } from './scope';
import { identifier, literal, ModelSpecError } from './sql-builder';

export interface QueryParts {
  from: string[];
  where: string[];
}

export function isRelationAtom(atom: RecordAtom | RelationAtom): atom is RelationAtom {
  return 'relation' in atom;
}

/**
 * Where a row's subject in `role` lives. The main subject (the first subject role, when its
 * key is required) is a column of `records`; the others are rows of `record_subjects`;
 * a role that is main only when earlier keys are absent may be in either.
 */
function roleLocation(dataset: DatasetSpec, role: string): 'main' | 'linked' | 'either' {
  const index = dataset.subjects.findIndex((s) => s.role === role);
  if (index < 0) throw new ModelSpecError(`dataset "${dataset.code}" has no subject role "${role}"`);
  const required = (i: number) => dataset.fields.find((f) => f.name === dataset.subjects[i]?.keyField)?.required === true;
  if (index === 0) return required(0) ? 'main' : 'either';
  for (let i = 0; i < index; i++) if (required(i)) return 'linked';
  return 'either';
}

/** Joins (appended to `parts.from`) that expose the subject id of `role` in record alias `alias`. */
function roleSubjectSql(parts: QueryParts, dataset: DatasetSpec, alias: string, role: string): string {
  const location = roleLocation(dataset, role);
  if (location === 'main') return `${alias}.subject_id`;
  const linked = `${alias}_${identifier(role, 'role')}`;
  if (location === 'linked') {
    parts.from.push(`join record_subjects ${linked} on ${linked}.record_id = ${alias}.id and ${linked}.role = ${literal(role)}`);
  } else {
    parts.from.push(
      `join lateral (select ${alias}.subject_id where ${alias}.subject_role = ${literal(role)}
         union all select rs.subject_id from record_subjects rs where rs.record_id = ${alias}.id and rs.role = ${literal(role)}) ${linked} on true`,
    );
  }
  return `${linked}.subject_id`;
}

function anyRoleSubjectSql(scope: Scope, parts: QueryParts, dataset: DatasetSpec, alias: string, roles: readonly string[]): string {
  for (const role of roles) roleLocation(dataset, role);
  const linked = `${alias}_any_role`;
  const list = scope.sql.bind([...roles], 'text[]');
  parts.from.push(
    `join lateral (select ${alias}.subject_id where ${alias}.subject_role = any(${list})
       union all select rs.subject_id from record_subjects rs where rs.record_id = ${alias}.id and rs.role = any(${list})) ${linked} on true`,
  );
  return `${linked}.subject_id`;
}

function bindNode(scope: Scope, parts: QueryParts, node: string, sql: string) {
  identifier(node, 'node');
  const bound = scope.nodes.get(node);
  if (bound === undefined) scope.nodes.set(node, sql);
  else parts.where.push(`${sql} = ${bound}`);
}

/** Facts a run may see: of the atom's dataset, started on or before the as-of date. */
function recordFilter(scope: Scope, alias: string, dataset: DatasetSpec): string {
  return `${alias}.dataset_code = ${scope.sql.bind(dataset.code, 'text')} and (${alias}.valid_from is null or ${alias}.valid_from <= ${scope.asOf()})`;
}

/** Facts count only once their batch is published (docs/ARCHITECTURE.md, Visibility). */
function publishedJoin(alias: string): string {
  return `join batches ${alias}_batch on ${alias}_batch.id = ${alias}.batch_id and ${alias}_batch.status = 'published'`;
}

export function addRecordAtom(scope: Scope, parts: QueryParts, atom: RecordAtom, first: boolean) {
  const dataset = scope.dataset(atom.dataset);
  const alias = identifier(atom.as, 'atom name');
  scope.addAtom(atom.as, { alias, kind: 'record', dataset, evidence: `${alias}.id` });
  parts.from.push(first ? `records ${alias}` : `join records ${alias} on ${recordFilter(scope, alias, dataset)}`);
  parts.from.push(publishedJoin(alias));
  if (first) parts.where.push(recordFilter(scope, alias, dataset));
  for (const [role, node] of Object.entries(atom.subjects ?? {})) bindNode(scope, parts, node, roleSubjectSql(parts, dataset, alias, role));
  if (atom.subjectInAnyRole) bindNode(scope, parts, atom.subjectInAnyRole.node, anyRoleSubjectSql(scope, parts, dataset, alias, atom.subjectInAnyRole.roles));
  for (const condition of atom.where ?? []) parts.where.push(conditionSql(scope, condition));
  for (const other of atom.distinctFrom ?? []) parts.where.push(`${alias}.id <> ${scope.atom(other).alias}.id`);
}

export function addRelationAtom(scope: Scope, parts: QueryParts, atom: RelationAtom) {
  const alias = identifier(atom.as, 'atom name');
  scope.addAtom(atom.as, { alias, kind: 'relation', evidence: `${alias}.record_id` });
  const types = scope.sql.bind([...atom.relation], 'text[]');
  const asOf = scope.asOf();
  const from = scope.nodes.get(atom.from);
  const to = scope.nodes.get(atom.to);
  if (atom.direction === 'any' && (from === undefined) !== (to === undefined)) {
    // One end known: walk the edge from it whichever way it was stored, using both indexes.
    const [known, unknown] = from === undefined ? [to as string, atom.from] : [from, atom.to];
    parts.from.push(
      `join lateral (
         select r.id, r.record_id, r.batch_id, r.valid_from, r.valid_to, r.to_subject_id as other from relations r
          where r.from_subject_id = ${known} and r.type = any(${types}) and (r.valid_from is null or r.valid_from <= ${asOf})
         union all
         select r.id, r.record_id, r.batch_id, r.valid_from, r.valid_to, r.from_subject_id from relations r
          where r.to_subject_id = ${known} and r.type = any(${types}) and (r.valid_from is null or r.valid_from <= ${asOf})
       ) ${alias} on true`,
      publishedJoin(alias),
    );
    bindNode(scope, parts, unknown, `${alias}.other`);
    return;
  }
  parts.from.push(`join relations ${alias} on ${alias}.type = any(${types}) and (${alias}.valid_from is null or ${alias}.valid_from <= ${asOf})`, publishedJoin(alias));
  if (atom.direction === 'any' && from !== undefined && to !== undefined) {
    parts.where.push(
      `((${alias}.from_subject_id = ${from} and ${alias}.to_subject_id = ${to}) or (${alias}.from_subject_id = ${to} and ${alias}.to_subject_id = ${from}))`,
    );
    return;
  }
  bindNode(scope, parts, atom.from, `${alias}.from_subject_id`);
  bindNode(scope, parts, atom.to, `${alias}.to_subject_id`);
}

/** `not exists (…)`: a record tied to already-bound nodes that would rule the hit out. */
export function absentSql(scope: Scope, atom: AbsentAtom): string {
  const dataset = scope.dataset(atom.dataset);
  const alias = identifier(atom.as, 'atom name');
  scope.addAtom(atom.as, { alias, kind: 'record', dataset, evidence: `${alias}.id` });
  const inner: QueryParts = { from: [`records ${alias}`, publishedJoin(alias)], where: [recordFilter(scope, alias, dataset)] };
  for (const [role, node] of Object.entries(atom.subjects ?? {})) {
    const bound = scope.nodes.get(node);
    if (bound === undefined) throw new ModelSpecError(`absent atom "${atom.as}" refers to unbound node "${node}"`);
    inner.where.push(`${roleSubjectSql(inner, dataset, alias, role)} = ${bound}`);
  }
  for (const condition of atom.where ?? []) inner.where.push(conditionSql(scope, condition));
  for (const condition of atom.time ?? []) inner.where.push(timeSql(scope, condition));
  return `not exists (select 1 from ${inner.from.join(' ')} where ${inner.where.join(' and ')})`;
}
