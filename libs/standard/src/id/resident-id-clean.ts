import { fail, type Failure } from '../result';
import { RESIDENT_ID_CHECK_CODES } from './resident-id-check';

// The slow path of resident-ID normalization: messy input (spaces, full-width digits,
// lower-case x, a leading apostrophe that Excel uses to keep a number as text). Three
// tiers, cheapest first: a clean run of digits is sliced out; the common mess is folded
// by charCodeAt arithmetic in one loop; anything else is folded character by character,
// with String.prototype.normalize('NFKC') only for the rare non-ASCII ones.

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

// Scratch space for the folded character codes, reused by every call.
const kept: number[] = new Array<number>(MAX_KEPT).fill(0);
const at = (i: number): number => kept[i] as number;

/** 15 digits, or 17 digits and a digit or X; otherwise the error to report. */
export function cleanResidentIdInput(input: string): string | Failure {
  // Quickest: a clean run of digits with spaces or an apostrophe only around it.
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

/**
 * One tight loop for the usual mess: ASCII and full-width digits, x, spaces, a leading
 * apostrophe. Anything else goes to the careful loop below.
 */
function cleanCommonForms(input: string): string | Failure {
  let count = 0;
  let first = -1;
  let xCount = 0;
  // While the kept characters are the input's own, at consecutive positions, the
  // result is a slice of the input and nothing is built.
  let sliceable = true;
  for (let i = 0, n = input.length; i < n; i++) {
    let code = input.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      // kept as is
    } else if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE) {
      code -= FULLWIDTH_ZERO - 48;
      sliceable = false;
    } else if (code === 32 || (code === APOSTROPHE && count === 0)) continue;
    else if (code === 88 || code === 120 || code === FULLWIDTH_UPPER_X || code === FULLWIDTH_LOWER_X) {
      if (code !== 88) sliceable = false;
      code = 88;
      xCount++;
    } else return cleanCharacterByCharacter(input);
    if (count === 18) return cleanCharacterByCharacter(input);
    if (first === -1) first = i;
    else if (i !== first + count) sliceable = false;
    kept[count++] = code;
  }
  if (count === 0) return fail('input.empty');
  if (count !== 15 && count !== 18) return fail('id.length');
  // X only as the check character of an 18-character ID.
  if (xCount > 1 || (xCount === 1 && (count !== 18 || kept[17] !== 88))) return fail('id.charset');
  if (!sliceable) return buildKept(count);
  return first === 0 && count === input.length ? input : input.slice(first, first + count);
}

/** Why the first `count` kept codes do not form an ID, or null when they do. */
function checkKept(count: number): Failure | null {
  if (count === 0) return fail('input.empty');
  if (count !== 15 && count !== 18) return fail('id.length');
  for (let i = 0; i < count - 1; i++) if (kept[i] === 88) return fail('id.charset');
  if (count === 15 && kept[14] === 88) return fail('id.charset');
  return null;
}

/**
 * The string of 15 or 18 kept codes. One fixed-arity call builds a flat string: faster
 * than fromCharCode.apply over a buffer, and than concatenation, whose cons string
 * would be flattened on first read.
 */
function buildKept(count: number): string {
  // prettier-ignore
  return count === 15
    ? String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), at(12), at(13), at(14))
    : String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11), at(12), at(13), at(14), at(15), at(16), at(17));
}

/** Every character folded on its own (NFKC for the rare ones), to say what is wrong. */
function cleanCharacterByCharacter(input: string): string | Failure {
  let count = 0;
  let badCharacter = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const folded = foldCode(input, i, code);
    if (folded === SKIP || (folded === BAD && code === APOSTROPHE && count === 0)) continue;
    if (folded === BAD) {
      badCharacter = true;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) i++; // the low surrogate was folded with it
    if (count < MAX_KEPT) kept[count] = folded;
    count++;
  }
  if (badCharacter) return fail('id.charset');
  return checkKept(count) ?? buildKept(count);
}

/** The 18-digit form of a clean 15-digit number: 19 inserted before the year, check appended. */
export function upgradeFifteenDigitId(old: string): string {
  const c0 = old.charCodeAt(0);
  const c1 = old.charCodeAt(1);
  const c2 = old.charCodeAt(2);
  const c3 = old.charCodeAt(3);
  const c4 = old.charCodeAt(4);
  const c5 = old.charCodeAt(5);
  const c6 = old.charCodeAt(6);
  const c7 = old.charCodeAt(7);
  const c8 = old.charCodeAt(8);
  const c9 = old.charCodeAt(9);
  const c10 = old.charCodeAt(10);
  const c11 = old.charCodeAt(11);
  const c12 = old.charCodeAt(12);
  const c13 = old.charCodeAt(13);
  const c14 = old.charCodeAt(14);
  // MOD 11-2 over the 17 digits, on character codes: the 15 weights used here sum to
  // 97, so 48 × 97 takes the '0's back out; the inserted "19" sits at weights 2 and 1.
  const sum =
    c0 * 7 + c1 * 9 + c2 * 10 + c3 * 5 + c4 * 8 + c5 * 4 + c6 * 6 + c7 * 3 + c8 * 7 + c9 * 9 +
    c10 * 10 + c11 * 5 + c12 * 8 + c13 * 4 + c14 * 2 - 48 * 97 + 1 * 2 + 9 * 1;
  // prettier-ignore
  return String.fromCharCode(
    c0, c1, c2, c3, c4, c5, 49, 57, c6, c7, c8, c9, c10, c11, c12, c13, c14,
    RESIDENT_ID_CHECK_CODES[sum % 11] as number,
  );
}
