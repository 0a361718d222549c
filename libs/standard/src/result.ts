import { describeError, errorCodes, type ErrorCode } from './errors';

// Normalizers never throw on bad input: they return one of these. A success carries
// the canonical `value` plus derived fields; a failure carries a stable code.

export type Success<V, D extends object = object> = { readonly ok: true; readonly value: V } & Readonly<D>;

export interface Failure {
  readonly ok: false;
  readonly code: ErrorCode;
  /** zh-CN message. */
  readonly message: string;
  readonly messageEn: string;
}

export type Result<V, D extends object = object> = Success<V, D> | Failure;

// One frozen object per code: the hot paths (millions of IDs a second) return failures
// without allocating.
const failures = Object.fromEntries(
  errorCodes.map((code) => [
    code,
    Object.freeze({ ok: false, code, message: describeError(code, 'zh'), messageEn: describeError(code, 'en') }),
  ]),
) as Record<ErrorCode, Failure>;

export function fail(code: ErrorCode): Failure {
  return failures[code];
}
