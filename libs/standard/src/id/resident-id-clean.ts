import { type ErrorCode } from '../errors';

// The slow path of resident-ID normalization: messy input (spaces, full-width digits,
// lower-case x, a leading apostrophe that Excel uses to keep a number as text). It folds
// the common full-width forms by arithmetic and calls NFKC only for other non-ASCII
// characters, so even messy rows stay cheap.

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;

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

/** Folds one character to '0'–'9' or 'X', '' for a space, or null when not allowed. */
function foldCharacter(code: number, char: string): string | null {
  if (code >= 48 && code <= 57) return char;
  if (code === 88 || code === 120) return 'X';
  if (isSpace(code)) return '';
  if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_NINE) return String.fromCharCode(code - FULLWIDTH_ZERO + 48);
  if (code < 128) return null;
  const folded = char.normalize('NFKC');
  if (folded.length === 1) return foldCharacter(folded.charCodeAt(0), folded);
  return folded.trim() === '' ? '' : null;
}

/** 15 digits, or 17 digits and a digit or X; otherwise the error to report. */
export function cleanResidentIdInput(input: string): string | { code: ErrorCode } {
  let out = '';
  let badCharacter = false;
  let start = 0;
  while (start < input.length && isSpace(input.charCodeAt(start))) start++;
  if (input.charCodeAt(start) === 39 /* ' */) start++;
  for (const char of input.slice(start)) {
    const folded = foldCharacter(char.charCodeAt(0), char);
    if (folded === null) badCharacter = true;
    else out += folded;
  }
  if (out === '' && !badCharacter) return { code: 'input.empty' };
  if (badCharacter) return { code: 'id.charset' };
  if (out.length !== 15 && out.length !== 18) return { code: 'id.length' };
  const xAt = out.indexOf('X');
  if (xAt !== -1 && xAt !== 17) return { code: 'id.charset' };
  return out;
}
