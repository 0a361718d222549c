// compileModel: a model spec (+ parameters, as-of date) → one SELECT of hits and its
// bound values. The run, the backtest and the benchmark all execute this same SQL.
import type { ModelSpec } from '../spec/types';
import { compileAggregate } from './aggregate';
import { compileCollision } from './collision';
import type { CompileInput } from './scope';
import { SqlBuilder } from './sql-builder';

export { HIT_COLUMNS } from './hit-columns';
export type { CompileInput } from './scope';
export { ModelSpecError, SqlBuilder } from './sql-builder';

export interface CompiledModel {
  /** A SELECT yielding HIT_COLUMNS. */
  text: string;
  values: unknown[];
}

export function compileModel(spec: ModelSpec, input: Omit<CompileInput, 'paramSpecs'>, sql = new SqlBuilder()): CompiledModel {
  const full: CompileInput = { ...input, paramSpecs: spec.params ?? {} };
  const text = spec.kind === 'collision' ? compileCollision(spec, full, sql) : compileAggregate(spec, full, sql);
  return { text, values: sql.values };
}

/** Every dataset a model reads: a delivery of any of them should re-run it. */
export function datasetsRead(spec: ModelSpec): string[] {
  const codes = new Set<string>([spec.base.dataset]);
  if (spec.kind === 'collision') {
    for (const alternative of spec.alternatives) {
      for (const atom of alternative.atoms) if ('dataset' in atom) codes.add(atom.dataset);
      for (const atom of alternative.absent ?? []) codes.add(atom.dataset);
      // Relations are asserted by records of these datasets.
      for (const atom of alternative.atoms) {
        if (!('relation' in atom)) continue;
        for (const type of atom.relation) for (const code of RELATION_SOURCES[type] ?? []) codes.add(code);
      }
    }
  }
  return [...codes].sort();
}

/** Which built-in datasets assert each relation type (for re-running on delivery). */
const RELATION_SOURCES: Record<string, string[]> = {
  family: ['population.family'],
  employment: ['hr.public_official'],
  legal_representative: ['market.enterprise'],
  shareholder: ['market.shareholder'],
  ownership: ['realestate.property'],
  vehicle_ownership: ['vehicle.registration'],
  bidder: ['procurement.bid'],
  buyer: ['procurement.bid'],
  co_applicant: ['housing.rental_application'],
};
