import { fillPlaceholders, type Locale, type MessageParams } from '@zhijian/ui';
import { libraryEn } from './messages.en';
import { type LibraryMessageKey, libraryZhCN } from './messages.zh-CN';

export type LibraryMessageParams = MessageParams;
export type LibraryTranslate = (key: LibraryMessageKey, params?: LibraryMessageParams) => string;

export const libraryCatalogues: Record<Locale, Record<LibraryMessageKey, string>> = { 'zh-CN': libraryZhCN, 'en-US': libraryEn };

export { placeholdersOf } from '@zhijian/ui';

export function translateLibrary(locale: Locale, key: LibraryMessageKey, params?: LibraryMessageParams): string {
  return fillPlaceholders(libraryCatalogues[locale][key], params);
}

/** Dataset names and field labels come from the server in both languages. */
export function localized(text: { zh: string; en: string }, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
