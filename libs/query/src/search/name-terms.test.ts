import { describe, expect, it } from 'vitest';
import { nameTerms } from './name-terms';

describe('nameTerms', () => {
  it('keeps the name, its simplified form and pinyin initials', () => {
    expect(nameTerms('黃誌明')).toEqual([
      { kind: 'name', term: '黃誌明' },
      { kind: 'simplified', term: '黄志明' },
      { kind: 'initials', term: 'hzm' },
    ]);
  });
  it('reads surnames as surnames', () => {
    expect(nameTerms('单田芳')).toContainEqual({ kind: 'initials', term: 'stf' });
  });
  it('needs no simplified form for a simplified name', () => {
    expect(nameTerms('张三').map((t) => t.kind)).toEqual(['name', 'initials']);
  });
});
