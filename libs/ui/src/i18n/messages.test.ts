import { describe, expect, it } from 'vitest';
import { APP_NAMES, appDescriptionKey, appTitleKey, appUpcomingKey } from '../apps';
import { zhCN } from './messages.zh-CN';
import { LOCALES, catalogues, placeholdersOf, translate } from './translate';

describe('message catalogues', () => {
  const keys = Object.keys(zhCN).sort();

  it.each(LOCALES)('%s defines every key, each with text', (locale) => {
    const catalogue = catalogues[locale];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) expect(catalogue[key as keyof typeof zhCN].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      const expected = placeholdersOf(zhCN[key as keyof typeof zhCN]);
      for (const locale of LOCALES) {
        expect(placeholdersOf(catalogues[locale][key as keyof typeof zhCN]), `${locale} ${key}`).toEqual(expected);
      }
    }
  });

  it('names and describes every app', () => {
    for (const app of APP_NAMES) {
      for (const key of [appTitleKey(app), appDescriptionKey(app), appUpcomingKey(app)]) {
        expect(zhCN[key]).toBeTruthy();
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'forbidden.subtitle', { app: '关联查询' })).toBe('您的账号无权使用「关联查询」。');
    expect(translate('en-US', 'forbidden.subtitle')).toBe('Your account may not use “{app}”.');
  });
});
