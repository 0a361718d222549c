import { placeholdersOf } from '@zhijian/ui';
import { describe, expect, it } from 'vitest';
import { queryZhCN } from './messages.zh-CN';
import { queryCatalogues, translateQuery } from './translate';

const keys = Object.keys(queryZhCN).sort() as Array<keyof typeof queryZhCN>;

describe('query message catalogues', () => {
  it.each(Object.keys(queryCatalogues) as Array<keyof typeof queryCatalogues>)('%s defines every key, each with text', (locale) => {
    expect(Object.keys(queryCatalogues[locale]).sort()).toEqual(keys);
    for (const key of keys) expect(queryCatalogues[locale][key].trim(), key).not.toBe('');
  });
  it('uses the same placeholders in every language', () => {
    for (const key of keys) for (const catalogue of Object.values(queryCatalogues)) expect(placeholdersOf(catalogue[key]), key).toEqual(placeholdersOf(queryZhCN[key]));
  });
  it('fills placeholders', () => {
    expect(translateQuery('zh-CN', 'graph.nodes', { nodes: 5, edges: 4 })).toBe('5 个节点，4 条关系');
  });
});
