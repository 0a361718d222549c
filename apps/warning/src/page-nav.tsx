import { AlertOutlined, BarChartOutlined, ExperimentOutlined, FileDoneOutlined, FlagOutlined } from '@ant-design/icons';
import { useSession } from '@zhijian/ui';
import { Menu } from 'antd';
import { NavLink, useLocation } from 'react-router-dom';
import { useText } from './i18n/use-text';
import { isSupervisor } from './roles';

type PageKey = 'inbox' | 'cases' | 'rounds' | 'dashboard' | 'models';

/** The page a path belongs to: a warning's detail page belongs to the inbox, a case's to 案件. */
function currentPage(pathname: string): PageKey {
  const parts = pathname.split('/');
  for (const key of ['cases', 'rounds', 'dashboard', 'models'] as const) if (parts.includes(key)) return key;
  return 'inbox';
}

export function PageNav() {
  const { t } = useText();
  const me = useSession();
  const { pathname } = useLocation();
  const link = (key: PageKey, to: string, label: string) => (
    <NavLink to={to} end={to === '/'} data-testid={`nav-page-${key}`}>
      {label}
    </NavLink>
  );
  const items = [
    { key: 'inbox', icon: <AlertOutlined />, label: link('inbox', '/', t('nav.inbox')) },
    { key: 'cases', icon: <FileDoneOutlined />, label: link('cases', '/cases', t('nav.cases')) },
    // Rounds assign work; only supervisors create them (the server enforces it).
    ...(isSupervisor(me) ? [{ key: 'rounds', icon: <FlagOutlined />, label: link('rounds', '/rounds', t('nav.rounds')) }] : []),
    { key: 'dashboard', icon: <BarChartOutlined />, label: link('dashboard', '/dashboard', t('nav.dashboard')) },
    { key: 'models', icon: <ExperimentOutlined />, label: link('models', '/models', t('nav.models')) },
  ];
  return <Menu mode="horizontal" selectedKeys={[currentPage(pathname)]} items={items} disabledOverflow style={{ background: 'transparent' }} />;
}
