import { Flex, Layout, Typography } from 'antd';
import { type ReactNode } from 'react';
import { type AppName } from '../apps';
import { useI18n } from '../i18n/i18n-context';
import { AppNav } from './app-nav';
import { LangSwitch } from './lang-switch';
import { LogoutButton } from './logout-button';
import { NotificationBell } from './notification-bell';
import { UserBadge } from './user-badge';

/** The frame shared by the four apps: brand, navigation between systems, the user, language. */
export function AppShell({ app, children }: { app: AppName; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('platform.name')}
        </Typography.Text>
        <AppNav current={app} />
        <Flex align="center" gap="small" style={{ whiteSpace: 'nowrap' }}>
          <NotificationBell />
          <UserBadge />
          <LangSwitch />
          <LogoutButton />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
    </Layout>
  );
}
