import { fail, type Result } from '../result';
import { asText, foldWidth } from '../text/fold';
import { parseAmountInWords } from './chinese-numerals';

// Money as integer fen (0.01 yuan), so sums never meet floating-point error. Digits
// are scaled as text: 0.12万元 is 1200 元 = 120000 fen exactly.

export interface AmountDetails {
  /** The amount in yuan with two decimals, e.g. `-1234.50`. */
  readonly yuan: string;
}

/** `value` is the amount in integer fen. */
export type AmountResult = Result<number, AmountDetails>;

const UNIT_EXPONENT: Record<string, number> = { '': 2, 元: 2, 圆: 2, 万: 6, 万元: 6, 亿: 10, 亿元: 10 };
const DECIMAL = /^(\d+)(?:\.(\d*))?(|元|圆|万|万元|亿|亿元)$/;

function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function success(fen: number): AmountResult {
  const value = fen === 0 ? 0 : fen; // no -0
  return { ok: true, value, yuan: formatYuan(value) };
}

/** Fen from decimal digits and a unit, as text arithmetic. */
function decimalToFen(whole: string, fraction: string, unit: string): number | 'precision' | 'range' {
  const exponent = UNIT_EXPONENT[unit] as number;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) return 'precision';
  const digits = (whole + significant.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const fen = Number(digits);
  return Number.isSafeInteger(fen) ? fen : 'range';
}

export function normalizeAmount(input: string): AmountResult {
  let text = foldWidth(asText(input)).replace(/\s+/g, '');
  if (text === '') return fail('input.empty');

  let negative = false;
  // Accounting style (1,234.50) and a leading minus sign (also U+2212) are negative.
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) [text, negative] = [bracketed[1] as string, true];
  if (/^[-−]/.test(text)) [text, negative] = [text.slice(1), !negative];
  text = text
    .replace(/^(?:人民币|RMB|CNY|¥)/i, '')
    .replace(/[整正]$/, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '');

  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const fen = decimalToFen(decimal[1] as string, decimal[2] ?? '', decimal[3] as string);
    if (fen === 'precision') return fail('amount.precision');
    if (fen === 'range') return fail('amount.range');
    return success(negative ? -fen : fen);
  }
  const inWords = parseAmountInWords(text);
  if (inWords === null) return fail('amount.format');
  if (!Number.isSafeInteger(inWords)) return fail('amount.range');
  return success(negative ? -inWords : inWords);
}
