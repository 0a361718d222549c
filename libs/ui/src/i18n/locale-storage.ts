import { DEFAULT_LOCALE, isLocale, type Locale } from './translate';

const STORAGE_KEY = 'zhijian.locale';

type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

// localStorage throws in some privacy modes; the language choice is a convenience,
// so failing to read or write it must never break the page.
export function readStoredLocale(storage: LocaleStorage | undefined): Locale {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(storage: LocaleStorage | undefined, locale: Locale): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // See readStoredLocale: the choice then lasts for this page only.
  }
}
