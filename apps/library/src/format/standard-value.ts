import { type LibraryTranslate } from '../i18n/translate';

/** A standardized value as a table cell shows it; lists (e.g. several ID numbers) joined. */
export function formatStandardValue(value: unknown, t: LibraryTranslate, fieldType?: string): string {
  if (value === null || value === undefined) return '';
  // Amounts are kept as integer fen; people read yuan.
  if (fieldType === 'amount' && typeof value === 'number') {
    return `${(value / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
  }
  if (typeof value === 'boolean') return value ? t('value.true') : t('value.false');
  if (Array.isArray(value)) return value.map((item) => formatStandardValue(item, t)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
