// 热点: counties or addresses whose tickets rose significantly above their own baseline in
// the period (default: the last complete month), by a one-sided Poisson test stated on screen.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Alert, Card, Flex, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { HotspotResult } from '../api/types';
import { ChartCard } from '../charts/chart-card';
import { LoadError } from '../components';
import { ticketsHref, useFilter } from '../filters/use-filter';
import { countyName } from '../format/counties';
import { pValue } from '../format/numbers';
import { useText } from '../i18n/use-text';

type Hotspot = HotspotResult['items'][number];

export function HotspotsPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { filter } = useFilter();
  const [level, setLevel] = useState<'region' | 'address'>('region');
  const result = useQuery(trpc.analysis.hotspots.queryOptions({ ...filter, level }));
  if (result.isError) return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  const data = result.data;
  const open = (h: Hotspot) =>
    data &&
    navigate(
      ticketsHref(
        { from: data.from, to: data.to, regionCode: level === 'region' ? h.key : filter.regionCode },
        { address: level === 'address' ? h.key : undefined },
      ),
    );
  const label = (h: Hotspot) => (level === 'region' ? countyName(h.key) : h.label);
  return (
    <Flex vertical gap="middle">
      <Segmented
        value={level}
        onChange={(v) => setLevel(v as 'region' | 'address')}
        options={[{ value: 'region', label: t('hotspots.region') }, { value: 'address', label: t('hotspots.address') }]}
      />
      {data && (
        <Alert
          type="info"
          title={t('hotspots.period', { from: data.from, to: data.to })}
          description={t('hotspots.test', { months: 6, baselineFrom: data.baselineFrom })}
          data-testid="hotspot-test"
        />
      )}
      {data && level === 'region' && (
        <ChartCard
          testId="chart-hotspots"
          title={t('chart.hotspots')}
          exportView="hotspots.region"
          filter={filter}
          empty={data.items.length === 0}
          height={260}
          option={{
            tooltip: { trigger: 'axis' },
            legend: {},
            grid: { left: 60, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: data.items.map(label) },
            yAxis: { type: 'value' },
            series: [
              { type: 'bar', name: t('col.observed'), data: data.items.map((h) => h.observed) },
              { type: 'bar', name: t('col.expected'), data: data.items.map((h) => h.expected) },
            ],
          }}
          onClick={(e) => {
            const h = data.items.find((item) => label(item) === e.name);
            if (h) open(h);
          }}
        />
      )}
      <Card size="small">
        <Table<Hotspot>
          data-testid="hotspots-table"
          rowKey="key"
          size="small"
          loading={result.isLoading}
          dataSource={data?.items ?? []}
          pagination={false}
          onRow={(h) => ({ onClick: () => open(h), style: { cursor: 'pointer' }, 'data-testid': `hotspot-row-${h.key}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('col.place'), render: (_: unknown, h) => label(h) },
            { title: t('col.region'), dataIndex: 'regionCode', render: (v: string) => countyName(v) },
            { title: t('col.observed'), dataIndex: 'observed' },
            { title: t('col.baseline'), dataIndex: 'baseline' },
            { title: t('col.expected'), dataIndex: 'expected' },
            { title: t('col.ratio'), dataIndex: 'ratio' },
            { title: t('col.pValue'), dataIndex: 'pValue', render: (p: number) => pValue(p) },
          ]}
        />
      </Card>
    </Flex>
  );
}
