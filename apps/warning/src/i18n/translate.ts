import { fillPlaceholders, type Locale, type MessageParams } from '@zhijian/ui';
import { warningEn } from './messages.en';
import { type WarningMessageKey, warningZhCN } from './messages.zh-CN';

export type WarningTranslate = (key: WarningMessageKey, params?: MessageParams) => string;

export const warningCatalogues: Record<Locale, Record<WarningMessageKey, string>> = { 'zh-CN': warningZhCN, 'en-US': warningEn };

export { placeholdersOf } from '@zhijian/ui';

export function translateWarning(locale: Locale, key: WarningMessageKey, params?: MessageParams): string {
  return fillPlaceholders(warningCatalogues[locale][key], params);
}

/** Model, dataset and parameter names come from the server in both languages. */
export function localized(text: { zh: string; en: string }, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** A label from the catalogue when it knows the code (a subject type, a trigger…), else the code itself. */
export function labelOr(t: WarningTranslate, key: string, fallback: string): string {
  return key in warningZhCN ? t(key as WarningMessageKey) : fallback;
}
