import { Button, Flex, Result, Typography } from 'antd';
import { type AppName, appHref, appTitleKey, visibleApps } from '../apps';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { AppIcon } from '../shell/app-icon';

/** Shown when the user is logged in but their roles do not include this app. */
export function ForbiddenPage({ app }: { app: AppName }) {
  const { t } = useI18n();
  const allowed = visibleApps(useSession().apps);
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.subtitle', { app: t(appTitleKey(app)) })}
      extra={
        allowed.length === 0 ? (
          <Typography.Text>{t('forbidden.none')}</Typography.Text>
        ) : (
          <Flex vertical align="center" gap="middle">
            <Typography.Text>{t('forbidden.choose')}</Typography.Text>
            <Flex wrap justify="center" gap="small">
              {allowed.map((other) => (
                <Button key={other} href={appHref(other)} icon={<AppIcon app={other} />}>
                  {t(appTitleKey(other))}
                </Button>
              ))}
            </Flex>
          </Flex>
        )
      }
    />
  );
}
