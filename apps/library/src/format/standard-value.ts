import { type LibraryTranslate } from '../i18n/translate';

/** A standardized value as a table cell shows it; lists (e.g. several ID numbers) joined. */
export function formatStandardValue(value: unknown, t: LibraryTranslate): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? t('value.true') : t('value.false');
  if (Array.isArray(value)) return value.map((item) => formatStandardValue(item, t)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
