// 话题聚类: complaints grouped by what they say (Chinese keyword groups), largest first.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { TopicResult } from '../api/types';
import { ChartCard } from '../charts/chart-card';
import { LoadError } from '../components';
import { ticketsHref, useFilter } from '../filters/use-filter';
import { countyName } from '../format/counties';
import { useText } from '../i18n/use-text';

type Topic = TopicResult['topics'][number];

export function TopicsTable() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { filter } = useFilter();
  const result = useQuery(trpc.analysis.topics.queryOptions(filter));
  if (result.isError) return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  const topics = result.data?.topics ?? [];
  const open = (topic: Topic) => navigate(ticketsHref(filter, { tickets: topic.ticketNos.join(',') }));
  return (
    <Flex vertical gap="middle">
      {result.data && <Typography.Text type="secondary">{t('topics.sampled', { n: result.data.sampled })}</Typography.Text>}
      <ChartCard
        testId="chart-topics"
        title={t('nav.topics')}
        exportView="topics"
        filter={filter}
        empty={topics.length === 0}
        height={Math.max(200, Math.min(topics.length, 12) * 28)}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 200, right: 20, top: 10, bottom: 30 },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', inverse: true, data: topics.slice(0, 12).map((topic) => topic.label) },
          series: [{ type: 'bar', name: t('series.tickets'), data: topics.slice(0, 12).map((topic) => topic.tickets) }],
        }}
        onClick={(e) => {
          const topic = topics.find((x) => x.label === e.name);
          if (topic) open(topic);
        }}
      />
      <Card size="small">
        <Table<Topic>
          data-testid="topics-table"
          rowKey={(topic) => topic.ticketNos[0] ?? topic.label}
          size="small"
          loading={result.isLoading}
          dataSource={topics}
          onRow={(topic) => ({ onClick: () => open(topic), style: { cursor: 'pointer' } }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('col.topic'), dataIndex: 'label', width: 220 },
            { title: t('col.tickets'), dataIndex: 'tickets', width: 80 },
            { title: t('col.keywords'), dataIndex: 'keywords', render: (k: string[]) => k.map((w) => <Tag key={w}>{w}</Tag>) },
            { title: t('col.region'), dataIndex: 'regionCodes', width: 160, render: (v: string[]) => v.map(countyName).join('、') },
            { title: t('col.sample'), dataIndex: 'sample', ellipsis: true },
          ]}
        />
      </Card>
    </Flex>
  );
}

export function TopicsPage() {
  return <TopicsTable />;
}
