import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { type AppName, appTitleKey } from '../apps';
import { useI18n } from '../i18n/i18n-context';
import { useLogin } from '../session/session-hooks';
import { LangSwitch } from '../shell/lang-switch';
import { serverErrorMessage } from '../trpc/server-error-message';

type Credentials = { username: string; password: string };

export function LoginPage({ app }: { app: AppName }) {
  const { t } = useI18n();
  const login = useLogin();

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: '100vh', padding: 24 }}>
      <Flex vertical align="center">
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {`${t('platform.name')} · ${t(appTitleKey(app))}`}
        </Typography.Title>
        <Typography.Text type="secondary">{t('platform.tagline')}</Typography.Text>
      </Flex>
      <Card title={t('login.title')} extra={<LangSwitch />} style={{ width: '100%', maxWidth: 400 }}>
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          disabled={login.isPending}
          onFinish={(credentials) => login.mutate(credentials)}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          {login.isError && (
            <Form.Item>
              <Alert
                type="error"
                showIcon
                title={serverErrorMessage(login.error, t('login.unreachable'))}
                data-testid="login-error"
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
