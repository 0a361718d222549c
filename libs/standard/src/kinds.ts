import { normalizeAmount } from './amount/amount';
import { normalizeDate } from './date/date';
import { normalizeMonth } from './date/month';
import { normalizeResidentId } from './id/resident-id';
import { normalizeName } from './name';
import { normalizeOrganizationCode } from './org-code';
import { normalizePhone } from './phone';
import { normalizePlate } from './plate';
import { normalizeRegion } from './region/region';
import { type Result } from './result';
import { normalizeUscc } from './uscc';

// The kinds a caller can name at run time (the CLI's `zhijian check <kind>`, a
// dataset's column standard), each with its one-argument normalizer.

export const standardKinds = {
  id: (input: string) => normalizeResidentId(input),
  uscc: normalizeUscc,
  org: normalizeOrganizationCode,
  phone: normalizePhone,
  plate: normalizePlate,
  name: normalizeName,
  date: (input: string) => normalizeDate(input),
  month: normalizeMonth,
  amount: normalizeAmount,
  region: normalizeRegion,
} as const satisfies Record<string, (input: string) => Result<unknown>>;

export type StandardKind = keyof typeof standardKinds;

export const standardKindNames = Object.keys(standardKinds) as StandardKind[];

export function isStandardKind(kind: string): kind is StandardKind {
  return Object.hasOwn(standardKinds, kind);
}

/** Normalizes one value of a kind named at run time. */
export function normalizeAs(kind: StandardKind, input: string): Result<unknown> {
  return standardKinds[kind](input);
}
