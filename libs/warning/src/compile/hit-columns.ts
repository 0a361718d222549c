// Every compiled model yields rows of the same shape ("hits"); the run statement groups
// them into warnings. Keeping the shape in one place lets collision and aggregate models
// share the run, the backtest and the tests.
import type { WarningSubjectSpec } from '../spec/types';
import { exprSql } from './expressions';
import type { Scope } from './scope';
import { identifier, ModelSpecError } from './sql-builder';

export const HIT_COLUMNS = [
  'subject_type', // text
  'subject_key', // text
  'subject_id', // bigint, null for plain keys (phone, address, ticket)
  'subject_name', // text
  'fingerprint', // text
  'base_id', // bigint: the compared record, whose amount counts once
  'amount', // bigint fen
  'evidence', // bigint[] record ids
  'route_subject_id', // bigint: organization the warning is routed to
  'period_from', // date
  'period_to', // date
  'measure', // jsonb: aggregate figures
] as const;

/**
 * Subject columns for a hit: a node gives only its subject id (the run looks the subject up
 * once per warning, not once per hit); a plain key is built from expressions.
 */
export function subjectColumns(scope: Scope, subject: WarningSubjectSpec): { type: string; key: string; id: string; name: string; keyParts?: string[] } {
  if ('node' in subject) {
    const node = scope.nodes.get(subject.node);
    if (node === undefined) throw new ModelSpecError(`subject node "${subject.node}" is not bound by any atom`);
    return { type: 'null::text', key: 'null::text', id: node, name: 'null::text' };
  }
  identifier(subject.type, 'subject type');
  const keys = subject.key.map((expr) => `(${exprSql(scope, expr, 'text')})::text`);
  return {
    type: scope.sql.bind(subject.type, 'text'),
    key: keys.length === 1 ? (keys[0] as string) : `concat_ws('|', ${keys.join(', ')})`,
    id: 'null::bigint',
    name: subject.name ? `(${exprSql(scope, subject.name, 'text')})::text` : 'null::text',
    keyParts: keys,
  };
}
