import { type Locale } from '@zhijian/ui';
import { libraryEn } from './messages.en';
import { type LibraryMessageKey, libraryZhCN } from './messages.zh-CN';

export type LibraryMessageParams = Record<string, string | number>;
export type LibraryTranslate = (key: LibraryMessageKey, params?: LibraryMessageParams) => string;

export const libraryCatalogues: Record<Locale, Record<LibraryMessageKey, string>> = { 'zh-CN': libraryZhCN, 'en-US': libraryEn };

const placeholderPattern = /\{(\w+)\}/g;

/** The `{name}` placeholders a message expects, so the test can compare catalogues. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(placeholderPattern)].map((match) => match[1] ?? '').sort();
}

// Same rules as the shared catalogue in libs/ui: unknown placeholders stay visible.
export function translateLibrary(locale: Locale, key: LibraryMessageKey, params?: LibraryMessageParams): string {
  const message = libraryCatalogues[locale][key];
  if (!params) return message;
  return message.replace(placeholderPattern, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Dataset names and field labels come from the server in both languages. */
export function localized(text: { zh: string; en: string }, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
