import { type Failure } from '@zhijian/standard';
import { type FieldErrorCode } from '../errors';
import { type StandardValue } from '../spec/types';

/**
 * Why one cell could not be standardized. A class, so the hot path tells a failure
 * from a value with one `instanceof` and no wrapper object per cell.
 */
export class FieldFailure {
  constructor(
    readonly code: FieldErrorCode,
    /** zh-CN. */
    readonly message: string,
  ) {}
}

/** Standardizes one non-blank cell. Built once per column, called once per row. */
export type FieldNormalizer = (raw: string) => StandardValue | FieldFailure;

// @zhijian/standard returns one frozen failure per code, so one FieldFailure per code
// suffices too.
const fromStandardByCode = new Map<string, FieldFailure>();

export function fromStandardFailure(failure: Failure): FieldFailure {
  let converted = fromStandardByCode.get(failure.code);
  if (converted === undefined) {
    converted = new FieldFailure(failure.code, failure.message);
    fromStandardByCode.set(failure.code, converted);
  }
  return converted;
}
