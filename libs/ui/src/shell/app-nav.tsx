import { Menu } from 'antd';
import { type AppName, appHref, appTitleKey, visibleApps } from '../apps';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { AppIcon } from './app-icon';

/** Links to the apps the user's roles allow; each app is its own page load. */
export function AppNav({ current }: { current: AppName }) {
  const { t } = useI18n();
  const me = useSession();
  const items = visibleApps(me.apps).map((app) => ({
    key: app,
    icon: <AppIcon app={app} />,
    label: (
      <a href={appHref(app)} data-testid={`nav-${app}`}>
        {t(appTitleKey(app))}
      </a>
    ),
  }));

  return (
    <Menu
      mode="horizontal"
      aria-label={t('shell.navLabel')}
      selectedKeys={[current]}
      items={items}
      // The e2e test and keyboard users need every entry visible, never folded into "…".
      disabledOverflow
      style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
    />
  );
}
