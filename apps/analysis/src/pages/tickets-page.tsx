// The tickets behind a chart element (the drill-down), newest first; a row opens the ticket.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { TicketItem } from '../api/types';
import { LoadError } from '../components';
import { useFilter } from '../filters/use-filter';
import { countyName } from '../format/counties';
import { dateTime } from '../format/numbers';
import { useText } from '../i18n/use-text';

const PAGE = 20;
const FLAGS = ['overdue', 'returned', 'unsatisfied'] as const;

export function TicketsPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [params] = useSearchParams();
  const { filter } = useFilter();
  const [page, setPage] = useState(1);
  const flag = FLAGS.find((f) => f === params.get('flag'));
  const ticketNos = params.get('tickets')?.split(',').filter(Boolean);
  const selection = {
    ...filter,
    category: params.get('category') ?? undefined,
    department: params.get('department') ?? undefined,
    month: params.get('month') ?? undefined,
    addressKey: params.get('address') ?? undefined,
    ticketNos,
    flag,
  };
  const tickets = useQuery(trpc.analysis.tickets.queryOptions({ ...selection, limit: PAGE, offset: (page - 1) * PAGE }));
  if (tickets.isError) return <LoadError error={tickets.error} onRetry={() => void tickets.refetch()} />;
  const described = Object.entries({ ...selection, region: filter.regionCode && countyName(filter.regionCode), regionCode: undefined, ticketNos: ticketNos && `${ticketNos.length}` })
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${String(v)}`);
  return (
    <Card
      title={t('tickets.title')}
      extra={<Button onClick={() => navigate(-1)}>{t('tickets.back')}</Button>}
    >
      <Flex vertical gap="small">
        <Flex gap={4} wrap>{described.map((d) => <Tag key={d}>{d}</Tag>)}</Flex>
        <Typography.Text data-testid="tickets-total">{t('tickets.total', { n: tickets.data?.total ?? 0 })}</Typography.Text>
        <Table<TicketItem>
          data-testid="tickets-table"
          rowKey="recordId"
          size="small"
          loading={tickets.isLoading}
          dataSource={tickets.data?.items ?? []}
          onRow={(row) => ({ onClick: () => navigate(`/tickets/${row.recordId}${search}`), style: { cursor: 'pointer' }, 'data-testid': `ticket-row-${row.ticketNo}` }) as React.HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE, total: tickets.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('col.ticketNo'), dataIndex: 'ticketNo', width: 170 },
            { title: t('col.received'), dataIndex: 'receivedAt', width: 150, render: (v: string) => dateTime(v) },
            { title: t('col.region'), dataIndex: 'regionCode', width: 90, render: (v: string) => countyName(v) },
            { title: t('col.category'), dataIndex: 'category', width: 100 },
            { title: t('col.department'), dataIndex: 'department', width: 200 },
            { title: t('col.phone'), dataIndex: 'callerPhone', width: 120 },
            { title: t('col.content'), dataIndex: 'content', ellipsis: true },
            {
              title: t('col.flags'),
              width: 150,
              render: (_: unknown, row) => (
                <>
                  {row.overdue && <Tag color="red">{t('flag.overdue')}</Tag>}
                  {row.returnedCount > 0 && <Tag color="orange">{t('flag.returned')}</Tag>}
                  {row.satisfaction === 'unsatisfied' && <Tag color="volcano">{t('flag.unsatisfied')}</Tag>}
                </>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
