import { useEffect } from 'react';
import { type AppName, appTitleKey } from './apps';
import { useI18n } from './i18n/i18n-context';

/** Keeps the tab title in the chosen language (index.html carries the Chinese one). */
export function DocumentTitle({ app }: { app: AppName }) {
  const { t } = useI18n();
  const title = `${t('platform.name')} · ${t(appTitleKey(app))}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
