import { useI18n } from '@zhijian/ui';
import { Flex, Typography } from 'antd';
import { Outlet } from 'react-router-dom';
import { PageNav } from './page-nav';

/** What 监督预警 is for, the app's pages, then the page itself. */
export function WarningLayout() {
  const { t } = useI18n();
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 1400, margin: '0 auto' }}>
      <div>
        <Typography.Title level={2} data-testid="app-title">
          {t('app.warning.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 16, marginBottom: 0 }}>
          {t('app.warning.description')}
        </Typography.Paragraph>
      </div>
      <PageNav />
      <Outlet />
    </Flex>
  );
}
