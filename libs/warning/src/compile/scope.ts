// The compile-time scope of one query: which atoms exist (and of which dataset), how each
// node variable is reached in SQL, the parameter values and the as-of date.
import type { DatasetSpec, FieldSpec } from '@zhijian/catalog';
import type { ParamSpec } from '../spec/types';
import { identifier, ModelSpecError, type SqlBuilder } from './sql-builder';

export interface AtomInfo {
  /** SQL alias of the atom's row (records or relations). */
  readonly alias: string;
  readonly kind: 'record' | 'relation';
  readonly dataset?: DatasetSpec;
  /** SQL expression of the record id that evidences this atom. */
  readonly evidence: string;
}

export interface CompileInput {
  readonly datasets: ReadonlyMap<string, DatasetSpec>;
  readonly params: Readonly<Record<string, number>>;
  readonly paramSpecs: Readonly<Record<string, ParamSpec>>;
  /** `YYYY-MM-DD`; facts that start after it are ignored (backtests look at the past). */
  readonly asOf: string;
}

export class Scope {
  readonly atoms = new Map<string, AtomInfo>();
  readonly nodes = new Map<string, string>();
  private asOfSql: string | undefined;

  constructor(
    readonly sql: SqlBuilder,
    readonly input: CompileInput,
  ) {}

  dataset(code: string): DatasetSpec {
    const spec = this.input.datasets.get(code);
    if (!spec) throw new ModelSpecError(`unknown dataset "${code}"`);
    return spec;
  }

  addAtom(name: string, info: AtomInfo): void {
    identifier(name, 'atom name');
    if (this.atoms.has(name)) throw new ModelSpecError(`atom "${name}" is defined twice`);
    this.atoms.set(name, info);
  }

  atom(name: string): AtomInfo {
    const atom = this.atoms.get(name);
    if (!atom) throw new ModelSpecError(`unknown atom "${name}"`);
    return atom;
  }

  field(atomName: string, fieldName: string): { atom: AtomInfo; field: FieldSpec } {
    const atom = this.atom(atomName);
    const field = atom.dataset?.fields.find((f) => f.name === fieldName);
    if (!field) throw new ModelSpecError(`dataset of atom "${atomName}" has no field "${fieldName}"`);
    return { atom, field };
  }

  param(name: string): number {
    const spec = this.input.paramSpecs[name];
    if (!spec) throw new ModelSpecError(`unknown parameter "${name}"`);
    const value = this.input.params[name] ?? spec.default;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ModelSpecError(`parameter "${name}" must be a number`);
    if (spec.type === 'integer' && !Number.isInteger(value)) throw new ModelSpecError(`parameter "${name}" must be an integer`);
    return value;
  }

  /** The as-of date, bound once per statement. */
  asOf(): string {
    this.asOfSql ??= this.sql.bind(this.input.asOf, 'date');
    return this.asOfSql;
  }
}
