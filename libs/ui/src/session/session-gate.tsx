import { Button, Result, Spin } from 'antd';
import { type ReactNode } from 'react';
import { type AppName } from '../apps';
import { useI18n } from '../i18n/i18n-context';
import { LoginPage } from '../pages/login-page';
import { serverErrorMessage } from '../trpc/server-error-message';
import { SessionProvider } from './session-context';
import { useMeQuery } from './session-hooks';

/** Shows the login page until there is a session, then the children with the user in context. */
export function SessionGate({ app, children }: { app: AppName; children: ReactNode }) {
  const { t } = useI18n();
  const me = useMeQuery();

  if (me.isPending) {
    return <Spin size="large" fullscreen />;
  }
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('session.loadFailed')}
        subTitle={serverErrorMessage(me.error, t('login.unreachable'))}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t('session.retry')}
          </Button>
        }
      />
    );
  }
  if (!me.data) {
    return <LoginPage app={app} />;
  }
  return <SessionProvider me={me.data}>{children}</SessionProvider>;
}
