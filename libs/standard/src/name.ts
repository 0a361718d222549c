import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { fail, type Result } from './result';
import { asText } from './text/fold';

// Personal names. The normalized form is for display and storage; `simplified`,
// `pinyin` and `initials` are matching keys only: traditional→simplified conversion can
// merge distinct characters (黃誌明 → 黄志明), so it must never replace the original.

export interface NameDetails {
  /** The input exactly as given. */
  readonly original: string;
  /** Simplified-character form (opencc-js), a matching key. */
  readonly simplified: string;
  /** Toneless pinyin syllables separated by spaces, surnames read as surnames (单 → shan). */
  readonly pinyin: string;
  /** First letter of each syllable, e.g. `sxx`. */
  readonly initials: string;
}

export type NameResult = Result<string, NameDetails>;

const MAX_LENGTH = 64;
// Middle dots seen in minority and foreign names (NFKC leaves them apart).
const MIDDLE_DOTS = /\s*[·•・‧∙⋅･]\s*/g;
const HAN = /\p{Script=Han}/u;
const ALLOWED = /^[\p{L}\p{M}·' \-.]+$/u;

let toSimplified: ((text: string) => string) | undefined;

function simplify(text: string): string {
  // The dictionary is built on first use, not on import: most callers never match names.
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

function pinyinSyllables(simplified: string): string[] {
  if (!HAN.test(simplified)) return simplified.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return pinyin(simplified, { mode: 'surname', surname: 'head', toneType: 'none', type: 'array', v: true })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean);
}

export function normalizeName(input: string): NameResult {
  const original = asText(input);
  let value = original.normalize('NFKC').trim().replace(MIDDLE_DOTS, '·');
  // Chinese names carry no inner spaces (张 三 → 张三); Latin names keep single ones.
  value = HAN.test(value) ? value.replace(/\s+/g, '') : value.replace(/\s+/g, ' ');
  if (value === '') return fail('input.empty');
  if (!ALLOWED.test(value)) return fail('name.charset');
  if ([...value].length > MAX_LENGTH) return fail('name.length');

  const simplified = simplify(value);
  const syllables = pinyinSyllables(simplified);
  return {
    ok: true,
    value,
    original,
    simplified,
    pinyin: syllables.join(' '),
    initials: syllables.map((s) => s[0]).join(''),
  };
}
