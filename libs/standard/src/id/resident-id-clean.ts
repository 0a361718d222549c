import { fail, type Failure } from '../result';
import { RESIDENT_ID_CHECK_CODES } from './resident-id-check';

// The slow path of resident-ID normalization: messy input (spaces, full-width digits,
// lower-case x, a leading apostrophe that Excel uses to keep a number as text). The
// common forms are folded by charCodeAt arithmetic into a scratch buffer; only other
// non-ASCII characters go through String.prototype.normalize('NFKC').

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;
const FULLWIDTH_UPPER_X = 0xff38;
const FULLWIDTH_LOWER_X = 0xff58;
const APOSTROPHE = 39;
const MAX_KEPT = 32;

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f
  );
}

const SKIP = -1;
const BAD = -2;

/** A character's code as '0'–'9' or 'X', SKIP for spaces, BAD when not allowed. */
function foldCode(input: string, index: number, code: number): number {
  if (code >= 48 && code <= 57) return code;
  if (code === 88 || code === 120) return 88;
  if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE) return code - FULLWIDTH_ZERO + 48;
  if (code === FULLWIDTH_UPPER_X || code === FULLWIDTH_LOWER_X) return 88;
  if (isSpace(code)) return SKIP;
  if (code < 128) return BAD;
  // Other compatibility characters (① → 1); anything not folding to ASCII stays bad.
  const folded = String.fromCodePoint(input.codePointAt(index) ?? code).normalize('NFKC');
  if (folded.trim() === '') return SKIP;
  const foldedCode = folded.charCodeAt(0);
  return folded.length === 1 && foldedCode < 128 ? foldCode(folded, 0, foldedCode) : BAD;
}

// Scratch space for the folded characters (a plain array of small integers: faster
// here than a typed array).
const kept: number[] = new Array<number>(MAX_KEPT).fill(0);
const at = (i: number): number => kept[i] as number;

/** 15 digits, or 17 digits and a digit or X; otherwise the error to report. */
export function cleanResidentIdInput(input: string): string | Failure {
  // Quick path: ASCII spaces and an apostrophe around a clean run of digits.
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) === 32) start++;
  if (start < end && input.charCodeAt(start) === APOSTROPHE) start++;
  while (end > start && input.charCodeAt(end - 1) === 32) end--;
  const length = end - start;
  if (length === 15 || length === 18) {
    let i = start;
    while (i < end && input.charCodeAt(i) >= 48 && input.charCodeAt(i) <= 57) i++;
    if (i === end || (length === 18 && i === end - 1 && input.charCodeAt(i) === 88)) {
      return length === input.length ? input : input.slice(start, end);
    }
  }
  return cleanCommonForms(input);
}

/** Digits, spaces, full-width digits and x only — the usual mess — in one tight loop. */
function cleanCommonForms(input: string): string | Failure {
  let count = 0;
  for (let i = 0, n = input.length; i < n; i++) {
    let code = input.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      // kept as is
    } else if (code === 32) continue;
    else if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE) code -= FULLWIDTH_ZERO - 48;
    else if (code === 88 || code === 120 || code === FULLWIDTH_UPPER_X || code === FULLWIDTH_LOWER_X) code = 88;
    else return cleanCharacterByCharacter(input);
    if (count === 18) return cleanCharacterByCharacter(input);
    kept[count++] = code;
  }
  return checkAndBuild(count);
}

/** The cleaned string from the first `count` kept codes, or why they do not form an ID. */
function checkAndBuild(count: number): string | Failure {
  if (count === 0) return fail('input.empty');
  if (count !== 15 && count !== 18) return fail('id.length');
  for (let i = 0; i < count - 1; i++) if (kept[i] === 88) return fail('id.charset');
  if (count === 15 && kept[14] === 88) return fail('id.charset');
  // One fixed-arity call builds a flat string: faster than fromCharCode.apply over a
  // buffer, and than concatenation, whose cons-string would be flattened on first read.
  // prettier-ignore
  return count === 15
    ? String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), at(12), at(13), at(14))
    : String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), at(12), at(13), at(14), at(15), at(16), at(17));
}

function cleanCharacterByCharacter(input: string): string | Failure {
  let count = 0;
  let badCharacter = false;
  // While every kept character is the input's own, at consecutive positions, the
  // result is a slice of the input and nothing is built.
  let first = -1;
  let sliceable = true;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let folded = code;
    if (code === 32) continue;
    if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE) {
      folded = code - FULLWIDTH_ZERO + 48;
      sliceable = false;
    } else if (code < 48 || code > 57) {
      folded = foldCode(input, i, code);
      if (folded === BAD && code === APOSTROPHE && count === 0) continue;
      if (folded === SKIP) continue;
      if (folded === BAD) {
        badCharacter = true;
        continue;
      }
      if (folded !== code) sliceable = false;
      if (code >= 0xd800 && code <= 0xdbff) i++; // the low surrogate was folded with it
    }
    if (first === -1) first = i;
    else if (i !== first + count) sliceable = false;
    if (count < MAX_KEPT) kept[count] = folded;
    count++;
  }
  if (count === 0 && !badCharacter) return fail('input.empty');
  if (badCharacter) return fail('id.charset');
  if (count !== 15 && count !== 18) return fail('id.length');
  if (sliceable) {
    const cleaned = first === 0 && count === input.length ? input : input.slice(first, first + count);
    return /^\d{15}$|^\d{17}[\dX]$/.test(cleaned) ? cleaned : fail('id.charset');
  }
  return checkAndBuild(count);
}

/** The 18-digit form of a clean 15-digit number: 19 inserted before the year, check appended. */
export function upgradeFifteenDigitId(old: string): string {
  const c = old.charCodeAt.bind(old);
  // Weighted sum of the 17 digits; the inserted "19" sits at weights 2 and 1.
  const sum =
    (c(0) - 48) * 7 + (c(1) - 48) * 9 + (c(2) - 48) * 10 + (c(3) - 48) * 5 + (c(4) - 48) * 8 + (c(5) - 48) * 4 +
    1 * 2 + 9 * 1 +
    (c(6) - 48) * 6 + (c(7) - 48) * 3 + (c(8) - 48) * 7 + (c(9) - 48) * 9 + (c(10) - 48) * 10 + (c(11) - 48) * 5 +
    (c(12) - 48) * 8 + (c(13) - 48) * 4 + (c(14) - 48) * 2;
  // prettier-ignore
  return String.fromCharCode(
    c(0), c(1), c(2), c(3), c(4), c(5), 49, 57, c(6), c(7), c(8), c(9), c(10), c(11), c(12), c(13), c(14),
    RESIDENT_ID_CHECK_CODES[sum % 11] as number,
  );
}
