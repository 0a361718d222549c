import { catalogMessages } from '../errors';
import { foldWidth } from '../spec/fold';
import { type FieldSpec } from '../spec/types';
import { FieldFailure, type FieldNormalizer } from './field-failure';

// Thousands separators: 1,234 and 1,234,567.8.
const GROUPING_COMMA = /,(?=\d{3}(?:\D|$))/g;
const WHITESPACE = /\s+/g;
const INTEGER = /^([+-]?\d+)(?:\.0*)?$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
// Counts arrive as `3人`, `2次`; these units say nothing the field name does not.
const COUNT_UNIT = /(?:人|口|次|个|户|件|项)$/;
// Units that NFKC leaves as text (㎡ and m² become m2): area and blood-alcohol units.
const MEASURE_UNIT = /(?:平方米|平米|m2|mg\/100ml|毫克\/100毫升|毫克每百毫升|毫克)$/;

function cleanNumberText(raw: string): string {
  return foldWidth(raw).replace(WHITESPACE, '').replace(GROUPING_COMMA, '');
}

export function integerNormalizer(field: FieldSpec): FieldNormalizer {
  const failure = new FieldFailure('field.number', catalogMessages.integer(field.label.zh));
  return (raw) => {
    const match = INTEGER.exec(cleanNumberText(raw).replace(COUNT_UNIT, ''));
    if (match === null) return failure;
    const value = Number(match[1]);
    return Number.isSafeInteger(value) ? value : failure;
  };
}

/**
 * Decimals are numbers. A `fraction` field stores a share of 1: `35%` → 0.35, `0.35`
 * → 0.35, and a bare number above 1 → a percentage (`35` → 0.35), because registers
 * print 持股比例 either way; so `1` means 100%, never 1%.
 */
export function decimalNormalizer(field: FieldSpec): FieldNormalizer {
  const isFraction = field.fraction === true;
  const failure = new FieldFailure('field.number', catalogMessages.decimal(field.label.zh));
  const outOfRange = new FieldFailure('field.number', catalogMessages.fraction(field.label.zh));
  return (raw) => {
    let text = cleanNumberText(raw).toLowerCase();
    const percent = text.endsWith('%');
    if (percent) text = text.slice(0, -1);
    else text = text.replace(MEASURE_UNIT, '');
    if (!DECIMAL.test(text)) return failure;
    const number = Number(text);
    if (!Number.isFinite(number)) return failure;
    if (!isFraction) return percent ? number / 100 : number;
    const share = percent || number > 1 ? number / 100 : number;
    return share < 0 || share > 1 ? outOfRange : share;
  };
}
