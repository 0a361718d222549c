import { describe, expect, it } from 'vitest';
import { warningZhCN } from './messages.zh-CN';
import { labelOr, placeholdersOf, translateWarning, warningCatalogues } from './translate';

const keys = Object.keys(warningZhCN).sort() as Array<keyof typeof warningZhCN>;

describe('warning app message catalogues', () => {
  it.each(Object.keys(warningCatalogues) as Array<keyof typeof warningCatalogues>)('%s defines every key, each with text', (locale) => {
    const catalogue = warningCatalogues[locale];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) expect(catalogue[key].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      for (const catalogue of Object.values(warningCatalogues)) {
        expect(placeholdersOf(catalogue[key]), key).toEqual(placeholdersOf(warningZhCN[key]));
      }
    }
  });

  it('names every warning status in Chinese as the supervisors say it', () => {
    const labels = (['new', 'pushed', 'confirmed', 'dismissed', 'closed'] as const).map((s) => translateWarning('zh-CN', `status.${s}`));
    expect(labels).toEqual(['新预警', '已推送', '已确认', '已排除', '已销号']);
  });

  it('falls back to the code for a label it does not know', () => {
    const t = (key: keyof typeof warningZhCN) => translateWarning('zh-CN', key);
    expect(labelOr(t, 'subjectType.person', 'person')).toBe('人员');
    expect(labelOr(t, 'subjectType.bid', 'bid')).toBe('bid');
  });
});
