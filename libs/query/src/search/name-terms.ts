import { normalizeName } from '@zhijian/standard';
import type { SearchTermKind } from '@zhijian/db/schema';

/**
 * The matching keys of a subject's name: the name itself (lower case), its simplified form
 * when that differs (黃誌明 → 黄志明) and its pinyin initials (hzm). Organization names
 * and property addresses get the same keys.
 */
export function nameTerms(name: string): Array<{ kind: SearchTermKind; term: string }> {
  const trimmed = name.normalize('NFKC').trim();
  if (!trimmed) return [];
  const lower = trimmed.toLowerCase();
  const terms: Array<{ kind: SearchTermKind; term: string }> = [{ kind: 'name', term: lower }];
  const normalized = normalizeName(trimmed.replace(/[()（）\d\-_,，.、/#]/g, ''));
  if (normalized.ok) {
    if (normalized.simplified.toLowerCase() !== lower) terms.push({ kind: 'simplified', term: normalized.simplified.toLowerCase() });
    if (normalized.initials) terms.push({ kind: 'initials', term: normalized.initials });
  }
  return terms;
}
