import { LogoutOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { useLogout } from '../session/session-hooks';
import { serverErrorMessage } from '../trpc/server-error-message';

export function LogoutButton() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const logout = useLogout();
  return (
    <Button
      icon={<LogoutOutlined />}
      loading={logout.isPending}
      data-testid="logout"
      onClick={() =>
        logout.mutate(undefined, {
          onError: (error) =>
            void message.error(t('shell.logoutFailed', { reason: serverErrorMessage(error, t('login.unreachable')) })),
        })
      }
    >
      {t('shell.logout')}
    </Button>
  );
}
