import { type DatasetSpec } from '../api/types';
import { localized, type WarningTranslate } from '../i18n/translate';
import { type Locale } from '@zhijian/ui';
import { formatFen } from './amount';

type FieldSpec = DatasetSpec['fields'][number];

/** A field's label in the chosen language, or its standard name when the catalogue does not know it. */
export function fieldLabel(field: FieldSpec | undefined, name: string, locale: Locale): string {
  return field ? localized(field.label, locale) : name;
}

/** A standardized record value as people read it: fen as yuan, enum codes as their labels, lists joined. */
export function formatRecordValue(value: unknown, t: WarningTranslate, locale: Locale, field?: FieldSpec): string {
  if (value === null || value === undefined) return '';
  if (field?.type === 'amount' && typeof value === 'number') return formatFen(value);
  if (field?.enumValues && typeof value === 'string') {
    const known = field.enumValues.find((option) => option.code === value);
    if (known) return localized(known.label, locale);
  }
  if (typeof value === 'boolean') return value ? t('value.true') : t('value.false');
  if (Array.isArray(value)) return value.map((item) => formatRecordValue(item, t, locale)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
