import { describe, expect, it } from 'vitest';
import { readStoredLocale, storeLocale } from './locale-storage';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('locale persistence', () => {
  it('starts in Chinese', () => {
    expect(readStoredLocale(memoryStorage())).toBe('zh-CN');
    expect(readStoredLocale(undefined)).toBe('zh-CN');
  });

  it('remembers the English switch', () => {
    const storage = memoryStorage();
    storeLocale(storage, 'en-US');
    expect(readStoredLocale(storage)).toBe('en-US');
  });

  it('ignores a stored value it does not know', () => {
    const storage = memoryStorage();
    storage.setItem('zhijian.locale', 'fr-FR');
    expect(readStoredLocale(storage)).toBe('zh-CN');
  });

  it('survives storage that refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => storeLocale(refusing, 'en-US')).not.toThrow();
    expect(readStoredLocale(refusing)).toBe('zh-CN');
  });
});
