// 重复投诉: the same caller, the same address, or the same topic again and again — a row
// opens exactly that group's tickets.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Flex, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RepeatGroup } from '../api/types';
import { LoadError } from '../components';
import { ticketsHref, useFilter } from '../filters/use-filter';
import { countyName } from '../format/counties';
import { dateTime } from '../format/numbers';
import { useText } from '../i18n/use-text';
import { TopicsTable } from './topics-page';

export function RepeatsPage() {
  const { t } = useText();
  const [by, setBy] = useState<'caller' | 'address' | 'topic'>('caller');
  return (
    <Flex vertical gap="middle">
      <Segmented
        value={by}
        onChange={(v) => setBy(v as typeof by)}
        options={(['caller', 'address', 'topic'] as const).map((value) => ({ value, label: t(`repeats.${value}`) }))}
      />
      {by === 'topic' ? <TopicsTable /> : <RepeatTable by={by} />}
    </Flex>
  );
}

function RepeatTable({ by }: { by: 'caller' | 'address' }) {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { filter } = useFilter();
  const groups = useQuery(trpc.analysis.repeats.queryOptions({ ...filter, by }));
  if (groups.isError) return <LoadError error={groups.error} onRetry={() => void groups.refetch()} />;
  return (
    <Card size="small">
      <Table<RepeatGroup>
        data-testid={`repeats-table-${by}`}
        rowKey="key"
        size="small"
        loading={groups.isLoading}
        dataSource={groups.data ?? []}
        onRow={(g) => ({ onClick: () => navigate(ticketsHref(filter, { tickets: g.ticketNos.join(',') })), style: { cursor: 'pointer' } }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: by === 'caller' ? t('col.phone') : t('col.address'), dataIndex: 'label' },
          { title: t('col.tickets'), dataIndex: 'tickets', width: 90 },
          { title: t('col.maxInWindow'), dataIndex: 'maxInWindow', width: 110 },
          { title: t('col.first'), dataIndex: 'firstAt', width: 150, render: (v: string) => dateTime(v) },
          { title: t('col.last'), dataIndex: 'lastAt', width: 150, render: (v: string) => dateTime(v) },
          { title: t('col.categories'), dataIndex: 'categories', render: (v: string[]) => v.join('、') },
          { title: t('col.region'), dataIndex: 'regionCodes', render: (v: string[]) => v.map(countyName).join('、') },
        ]}
      />
    </Card>
  );
}
