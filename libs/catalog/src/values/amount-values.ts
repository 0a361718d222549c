import { normalizeAmount } from '@zhijian/standard';
import { fromStandardFailure, type FieldNormalizer } from './field-failure';

// A header such as 投标报价（万元） says the cells are in 10,000 yuan: folding the header
// for matching drops the unit, so it is read here or `12.5` would become 12.5 元.
const HEADER_UNIT = /[(（[【〔]\s*(万元|万|亿元|亿)\s*[)）\]】〕]|(万元|亿元)$/;
const HAS_UNIT = /(?:元|圆|万|亿|整|正)\s*$/;

export function amountUnitOfHeader(header: string): '万' | '亿' | null {
  const match = HEADER_UNIT.exec(header.normalize('NFKC').trim());
  const unit = match?.[1] ?? match?.[2];
  if (unit === undefined) return null;
  return unit.startsWith('万') ? '万' : '亿';
}

/** Integer fen. Cells without a unit take the header's (万元, 亿元), else yuan. */
export function amountNormalizer(header: string | null): FieldNormalizer {
  const unit = header === null ? null : amountUnitOfHeader(header);
  return (raw) => {
    const result = normalizeAmount(unit !== null && !HAS_UNIT.test(raw) ? raw.trim() + unit : raw);
    return result.ok ? result.value : fromStandardFailure(result);
  };
}
