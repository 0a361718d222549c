import {
  normalizeName,
  normalizeResidentId,
  type ResidentIdOptions,
} from '@zhijian/standard';
import { fromStandardFailure, type FieldNormalizer } from './field-failure';

export function residentIdNormalizer(options: ResidentIdOptions): FieldNormalizer {
  return (raw) => {
    const result = normalizeResidentId(raw, options);
    return result.ok ? result.value : fromStandardFailure(result);
  };
}

// Resident IDs in one cell: `430702…, 430703…` or one per line.
const LIST_SEPARATORS = /[\s,，;；、/|]+/;

/** An array of canonical IDs without repeats; the first bad element fails the cell. */
export function residentIdListNormalizer(options: ResidentIdOptions): FieldNormalizer {
  return (raw) => {
    const ids: string[] = [];
    for (const part of raw.split(LIST_SEPARATORS)) {
      if (part === '') continue;
      const result = normalizeResidentId(part, options);
      if (!result.ok) return fromStandardFailure(result);
      if (!ids.includes(result.value)) ids.push(result.value);
    }
    return ids.length === 0 ? null : ids;
  };
}

// 2–4 Han characters is nearly every name in a feed. For such a text normalizeName's
// value is the text itself (NFKC leaves U+4E00–U+9FFF alone; nothing to trim or
// unify), and skipping its simplified and pinyin forms, which a row does not store,
// makes a million-row file several times faster.
const PLAIN_HAN_NAME = /^[\u4e00-\u9fff]{1,64}$/;

export const normalizePersonName: FieldNormalizer = (raw) => {
  if (PLAIN_HAN_NAME.test(raw)) return raw;
  const result = normalizeName(raw);
  return result.ok ? result.value : fromStandardFailure(result);
};
