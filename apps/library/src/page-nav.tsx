import { AuditOutlined, CloudUploadOutlined, ScheduleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useSession } from '@zhijian/ui';
import { Menu } from 'antd';
import { NavLink, useLocation } from 'react-router-dom';
import { useText } from './i18n/use-text';
import { canDeliver } from './roles';

const PAGES = [
  { key: 'deliver', icon: <CloudUploadOutlined />, label: 'nav.deliver' },
  { key: 'batches', icon: <UnorderedListOutlined />, label: 'nav.batches' },
  { key: 'responsibilities', icon: <ScheduleOutlined />, label: 'nav.responsibilities' },
  { key: 'reviews', icon: <AuditOutlined />, label: 'nav.reviews' },
] as const;

/** The console's pages; delivering is offered only to those who may deliver. */
export function PageNav() {
  const { t } = useText();
  const me = useSession();
  const { pathname } = useLocation();
  const current = pathname.split('/').find((segment) => PAGES.some((page) => page.key === segment));
  const items = PAGES.filter((page) => page.key !== 'deliver' || canDeliver(me)).map((page) => ({
    key: page.key,
    icon: page.icon,
    label: (
      <NavLink to={`/${page.key}`} data-testid={`nav-page-${page.key}`}>
        {t(page.label)}
      </NavLink>
    ),
  }));
  return <Menu mode="horizontal" selectedKeys={current ? [current] : []} items={items} disabledOverflow style={{ background: 'transparent' }} />;
}
