import { fillPlaceholders, type Locale, type MessageParams } from '@zhijian/ui';
import { queryEn } from './messages.en';
import { type QueryMessageKey, queryZhCN } from './messages.zh-CN';

export type QueryTranslate = (key: QueryMessageKey, params?: MessageParams) => string;

export const queryCatalogues: Record<Locale, Record<QueryMessageKey, string>> = { 'zh-CN': queryZhCN, 'en-US': queryEn };

export function translateQuery(locale: Locale, key: QueryMessageKey, params?: MessageParams): string {
  return fillPlaceholders(queryCatalogues[locale][key], params);
}

/** Dataset names come from the server in both languages. */
export function localized(text: { zh: string; en: string }, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** A relation type's label, or the code itself for a type added after this build. */
export function relationLabel(t: QueryTranslate, type: string): string {
  const key = `relation.${type}` as QueryMessageKey;
  return key in queryZhCN ? t(key) : type;
}
