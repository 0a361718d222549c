import { AuditOutlined, SearchOutlined } from '@ant-design/icons';
import { useI18n, useSession } from '@zhijian/ui';
import { Button, Flex, Menu, Typography } from 'antd';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useText } from './i18n/use-text';
import { PurposeProvider, usePurpose } from './purpose/purpose-context';
import { seesIdentifiers } from './roles';

/** What 关联查询 is for, its pages, the current purpose, then the page itself. */
export function QueryLayout() {
  const { t: shellT } = useI18n();
  return (
    <PurposeProvider>
      <Flex vertical gap="middle" style={{ maxWidth: 1400, margin: '0 auto' }}>
        <div>
          <Typography.Title level={2} data-testid="app-title">{shellT('app.query.title')}</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 16, marginBottom: 0 }}>{shellT('app.query.description')}</Typography.Paragraph>
        </div>
        <Flex justify="space-between" align="center" wrap>
          <QueryNav />
          <CurrentPurpose />
        </Flex>
        <Outlet />
      </Flex>
    </PurposeProvider>
  );
}

function QueryNav() {
  const { t } = useText();
  const me = useSession();
  const { pathname } = useLocation();
  const items = [
    { key: 'search', icon: <SearchOutlined />, label: <NavLink to="/" data-testid="nav-page-search">{t('nav.search')}</NavLink> },
    ...(seesIdentifiers(me) ? [{ key: 'lookups', icon: <AuditOutlined />, label: <NavLink to="/lookups" data-testid="nav-page-lookups">{t('nav.lookups')}</NavLink> }] : []),
  ];
  const current = pathname.includes('/lookups') ? 'lookups' : 'search';
  return <Menu mode="horizontal" selectedKeys={[current]} items={items} disabledOverflow style={{ background: 'transparent', flex: 1 }} />;
}

function CurrentPurpose() {
  const { t } = useText();
  const { purpose, requestPurpose } = usePurpose();
  if (!purpose) return null;
  return (
    <Flex gap="small" align="center">
      <Typography.Text type="secondary" data-testid="current-purpose">{t('purpose.current', { purpose })}</Typography.Text>
      <Button size="small" onClick={() => void requestPurpose(true)}>{t('purpose.change')}</Button>
    </Flex>
  );
}
