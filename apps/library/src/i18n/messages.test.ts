import { describe, expect, it } from 'vitest';
import { libraryZhCN } from './messages.zh-CN';
import { libraryCatalogues, placeholdersOf, translateLibrary } from './translate';

const keys = Object.keys(libraryZhCN).sort() as Array<keyof typeof libraryZhCN>;

describe('library message catalogues', () => {
  it.each(Object.keys(libraryCatalogues) as Array<keyof typeof libraryCatalogues>)('%s defines every key, each with text', (locale) => {
    const catalogue = libraryCatalogues[locale];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) expect(catalogue[key].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      for (const catalogue of Object.values(libraryCatalogues)) {
        expect(placeholdersOf(catalogue[key]), key).toEqual(placeholdersOf(libraryZhCN[key]));
      }
    }
  });

  it('fills placeholders', () => {
    expect(translateLibrary('zh-CN', 'resp.summary', { total: 3, overdue: 1 })).toBe('共 3 项，逾期 1 项');
    expect(translateLibrary('en-US', 'resp.summary', { total: 3 })).toBe('3 in total, {overdue} overdue');
  });
});
