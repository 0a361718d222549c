import { Card, Empty, Flex, Typography } from 'antd';
import { type AppName, appDescriptionKey, appTitleKey, appUpcomingKey } from '../apps';
import { useI18n } from '../i18n/i18n-context';

/** An app's landing page: what the system is for, and room for the features to come. */
export function SystemHome({ app }: { app: AppName }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap="large" style={{ maxWidth: 1200, margin: '0 auto' }}>
      <div>
        <Typography.Title level={2} data-testid="app-title">
          {t(appTitleKey(app))}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 16, marginBottom: 0 }}>
          {t(appDescriptionKey(app))}
        </Typography.Paragraph>
      </div>
      <Card title={t('home.upcomingTitle')}>
        <Empty description={t(appUpcomingKey(app))} />
      </Card>
    </Flex>
  );
}
