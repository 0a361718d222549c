// A warning model is data, not code: a declarative, versioned spec that the compiler turns
// into one set-based SQL statement. Two kinds cover the built-in models:
//
// - `collision`: a conjunctive query over library facts. Record atoms (rows of a dataset)
//   and relation atoms (typed edges between subjects) bind subject variables ("nodes");
//   time conditions compare the atoms' validity periods; filters compare fields with
//   parameters. Negated atoms say what must NOT exist. Every combination that matches is a
//   hit; hits are grouped into one warning per subject (and fingerprint).
// - `aggregate`: counts over one dataset grouped by a key (caller phone, bidder × buyer ×
//   year…), optionally within a sliding time window or as a share of a larger group.
import type { LocalizedText } from '@zhijian/catalog';

export type SeverityLevel = 'low' | 'medium' | 'high';

/** A value in a condition. `field` is `<atom>.<field>`; `valid_from`/`valid_to` are the atom's period. */
export type Expr =
  | { readonly field: string }
  | { readonly param: string }
  | { readonly value: string | number | boolean }
  /** The run's as-of date (today for live runs, the chosen date for backtests). */
  | { readonly asOf: true }
  /** The calendar year of a date field (`<atom>.<field>`). */
  | { readonly yearOf: string }
  | { readonly mul: readonly [Expr, Expr] }
  | { readonly div: readonly [Expr, Expr] };

export type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { readonly left: Expr; readonly op: CompareOp; readonly right: Expr }
  | { readonly field: string; readonly in: readonly (string | number | boolean)[] }
  | { readonly field: string; readonly notIn: readonly (string | number | boolean)[] }
  | { readonly field: string; readonly isNull: boolean }
  /** Text field does not contain this fragment (e.g. motorcycles are not cars). */
  | { readonly field: string; readonly notContains: string }
  | { readonly any: readonly Condition[] }
  | { readonly all: readonly Condition[] };

/**
 * How two atoms' validity periods relate (an open end is unbounded):
 * - `overlap`: the periods share at least one day;
 * - `after`: the first starts after the second ends;
 * - `before`: the first ends before the second starts;
 * - `withinDays`: their start days are at most `days` apart.
 */
export type TimeCondition =
  | { readonly overlap: readonly [string, string] }
  | { readonly after: readonly [string, string] }
  | { readonly before: readonly [string, string] }
  | { readonly withinDays: readonly [string, string]; readonly days: Expr };

/** Rows of one dataset; `subjects` binds the row's subjects (by role) to node variables. */
export interface RecordAtom {
  readonly as: string;
  readonly dataset: string;
  readonly subjects?: Readonly<Record<string, string>>;
  /** Binds a node to whichever of these roles names it (applicant or co-applicant). */
  readonly subjectInAnyRole?: { readonly roles: readonly string[]; readonly node: string };
  readonly where?: readonly Condition[];
  /** This atom must be a different record from these atoms (self-collisions). */
  readonly distinctFrom?: readonly string[];
}

/** Typed, time-bounded relations between two node variables. */
export interface RelationAtom {
  readonly as: string;
  readonly relation: readonly string[];
  readonly from: string;
  readonly to: string;
  /** `any`: the relation may point either way (family ties are stored once). */
  readonly direction?: 'forward' | 'any';
}

/** What must not exist for a hit: a record of a dataset tied to the hit's nodes, in time. */
export interface AbsentAtom {
  readonly as: string;
  readonly dataset: string;
  readonly subjects?: Readonly<Record<string, string>>;
  readonly where?: readonly Condition[];
  readonly time?: readonly TimeCondition[];
}

export interface ParamSpec {
  readonly type: 'number' | 'integer';
  readonly default: number;
  readonly label: LocalizedText;
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
}

/** Who receives the warning: the department that delivers the base dataset, a fixed department, or an organization node (an official's employer). */
export type RouteSpec =
  | { readonly to: 'provider' }
  | { readonly to: 'department'; readonly code: string }
  | { readonly to: 'organization'; readonly node: string; readonly fallbackDepartment: string };

/** A warning's subject: a node variable (a library subject), or a plain key (phone, address, ticket). */
export type WarningSubjectSpec =
  | { readonly node: string }
  | { readonly type: string; readonly key: readonly Expr[]; readonly name?: Expr };

interface ModelCommon {
  readonly code: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly severity: SeverityLevel;
  readonly params?: Readonly<Record<string, ParamSpec>>;
  readonly route: RouteSpec;
}

/** One way of matching; a model with several alternatives raises a warning when any matches. */
export interface CollisionAlternative {
  readonly label?: LocalizedText;
  readonly atoms: readonly (RecordAtom | RelationAtom)[];
  readonly time?: readonly TimeCondition[];
  readonly where?: readonly Condition[];
  readonly absent?: readonly AbsentAtom[];
}

export interface CollisionModelSpec extends ModelCommon {
  readonly kind: 'collision';
  /**
   * The atom whose records are compared; amounts sum over its distinct records. Every
   * alternative starts with a record atom — the base atom where the alternative uses it.
   */
  readonly base: { readonly dataset: string; readonly as: string };
  readonly alternatives: readonly CollisionAlternative[];
  readonly subject: WarningSubjectSpec;
  /** Sum of this expression over the distinct base records of a warning (fen). */
  readonly amount?: Expr;
  /** Expressions that split one subject's hits into separate warnings; none = one per subject. */
  readonly fingerprint?: readonly Expr[];
}

export interface AggregateGrouping {
  readonly label?: LocalizedText;
  readonly subject: WarningSubjectSpec;
  /** Further grouping beyond the subject (buyer, year…); also part of the fingerprint. */
  readonly by?: readonly Expr[];
}

export interface AggregateModelSpec extends ModelCommon {
  readonly kind: 'aggregate';
  readonly base: RecordAtom;
  readonly groupings: readonly AggregateGrouping[];
  /** What is counted in a group; distinct values of this expression (default: records). */
  readonly countDistinct?: Expr;
  /** Count within any sliding window of this many days on the base atom's start day. */
  readonly window?: { readonly days: Expr };
  /** The count as a share of the same count over a coarser grouping (e.g. all wins of a buyer × year). */
  readonly shareOf?: readonly Expr[];
  /** Conditions on `count`, `total` (the coarser count) and `share`. */
  readonly having: readonly { readonly measure: 'count' | 'total' | 'share'; readonly op: CompareOp; readonly right: Expr }[];
}

export type ModelSpec = CollisionModelSpec | AggregateModelSpec;
