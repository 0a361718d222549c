import { type Frequency } from '../api/types';
import { type LibraryTranslate } from '../i18n/translate';

export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once'] as const satisfies readonly Frequency[];

// The defaults libs/ingest due-dates applies when a responsibility names no due day.
const DEFAULT_DUE_DAY: Partial<Record<Frequency, number>> = { weekly: 1, monthly: 10, quarterly: 15, yearly: 31 };

const WEEKDAYS = ['weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6', 'weekday.7'] as const;

/** When a delivery is due within its period, e.g. "每月 10 日" or "每周一（默认）". */
export function dueDayText(frequency: Frequency, dueDay: number | null, t: LibraryTranslate): string {
  const day = dueDay ?? DEFAULT_DUE_DAY[frequency];
  const text = dueDayOf(frequency, day, t);
  return dueDay === null && day !== undefined ? t('dueDay.defaulted', { text }) : text;
}

function dueDayOf(frequency: Frequency, day: number | undefined, t: LibraryTranslate): string {
  switch (frequency) {
    case 'daily':
      return t('dueDay.daily');
    case 'weekly':
      return t('dueDay.weekly', { weekday: t(WEEKDAYS[((day ?? 1) - 1) % 7] ?? 'weekday.1') });
    case 'monthly':
      return t('dueDay.monthly', { day: day ?? '' });
    case 'quarterly':
      return t('dueDay.quarterly', { day: day ?? '' });
    case 'yearly':
      return t('dueDay.yearly', { day: day ?? '' });
    case 'once':
      return t('dueDay.once');
  }
}
