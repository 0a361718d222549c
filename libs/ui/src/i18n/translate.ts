import { en } from './messages.en';
import { type MessageKey, zhCN } from './messages.zh-CN';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': en };

const placeholderPattern = /\{(\w+)\}/g;

/** The `{name}` placeholders a message expects, so tests can compare catalogues. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(placeholderPattern)].map((match) => match[1] ?? '').sort();
}

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fillPlaceholders(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(placeholderPattern, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(catalogues[locale][key], params);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
