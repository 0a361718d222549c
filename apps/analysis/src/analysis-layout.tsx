import { useI18n } from '@zhijian/ui';
import { Flex, Menu, Typography } from 'antd';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { FilterBar } from './filters/filter-bar';
import { useText } from './i18n/use-text';

const PAGES = [
  { key: 'hotline', path: '/' },
  { key: 'hotspots', path: '/hotspots' },
  { key: 'repeats', path: '/repeats' },
  { key: 'topics', path: '/topics' },
  { key: 'warnings', path: '/warnings' },
  { key: 'network', path: '/network' },
  { key: 'health', path: '/health' },
] as const;

/** What 情报分析 is for, its pages, the shared filter, then the page. */
export function AnalysisLayout() {
  const { t: shell } = useI18n();
  const { t } = useText();
  const { pathname, search } = useLocation();
  const first = pathname.split('/').filter(Boolean).find((part) => PAGES.some((p) => p.key === part));
  const current = first ?? 'hotline';
  // Switching pages keeps the period and county.
  const keep = new URLSearchParams(search);
  const carried = new URLSearchParams([...keep.entries()].filter(([key]) => ['from', 'to', 'region'].includes(key))).toString();
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 1400, margin: '0 auto' }}>
      <div>
        <Typography.Title level={2} data-testid="app-title">
          {shell('app.analysis.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 16, marginBottom: 0 }}>
          {shell('app.analysis.description')}
        </Typography.Paragraph>
      </div>
      <Menu
        mode="horizontal"
        selectedKeys={[current]}
        disabledOverflow
        style={{ background: 'transparent' }}
        items={PAGES.map((page) => ({
          key: page.key,
          label: (
            <NavLink to={`${page.path}${carried ? `?${carried}` : ''}`} end data-testid={`nav-page-${page.key}`}>
              {t(`nav.${page.key}`)}
            </NavLink>
          ),
        }))}
      />
      <FilterBar />
      <Outlet />
    </Flex>
  );
}
