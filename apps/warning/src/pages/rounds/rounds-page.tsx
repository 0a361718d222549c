import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { Button, Card, Result, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { type CaseMetricsRow, type CaseRound } from '../../api/types';
import { LoadError } from '../../components/load-error';
import { formatFen } from '../../format/amount';
import { formatDateTime } from '../../format/date-time';
import { formatRate } from '../../format/rate';
import { useText } from '../../i18n/use-text';
import { isSupervisor } from '../../roles';
import { NewRoundModal } from './new-round-modal';

/** 轮次 (supervisors): each round of assigned work with how it is going, and 新建轮次. */
export function RoundsPage() {
  const { t } = useText();
  const me = useSession();
  const trpc = useTRPC();
  const [creating, setCreating] = useState(false);
  const rounds = useQuery(trpc.casework.rounds.list.queryOptions());
  // One aggregation grouped by round gives every round's figures (the same as `metrics` with its roundId).
  const metrics = useQuery(trpc.casework.metrics.queryOptions({ groupBy: 'round' }));
  const byRound = new Map((metrics.data ?? []).map((row) => [row.group, row]));
  if (!isSupervisor(me)) return <Result status="403" title={t('rounds.title')} />;

  const figure = (render: (m: CaseMetricsRow) => string) => (_: unknown, round: CaseRound) => {
    const row = byRound.get(round.id);
    return row ? render(row) : '—';
  };
  const columns: TableColumnsType<CaseRound> = [
    { key: 'name', title: t('rounds.name'), dataIndex: 'name' },
    { key: 'cases', title: t('rounds.cases'), dataIndex: 'cases', align: 'right' },
    { key: 'dueAt', title: t('rounds.dueAt'), render: (_, r) => formatDateTime(r.dueAt) },
    { key: 'concluded', title: t('metrics.concluded'), align: 'right', render: figure((m) => String(m.concluded)) },
    { key: 'overdue', title: t('metrics.overdue'), align: 'right', render: figure((m) => String(m.overdue)) },
    { key: 'completionRate', title: t('metrics.completionRate'), align: 'right', render: figure((m) => formatRate(m.completionRate)) },
    { key: 'onTimeRate', title: t('metrics.onTimeRate'), align: 'right', render: figure((m) => formatRate(m.onTimeRate)) },
    { key: 'satisfactionRate', title: t('metrics.satisfactionRate'), align: 'right', render: figure((m) => formatRate(m.satisfactionRate)) },
    { key: 'funds', title: t('metrics.fundsRecovered'), align: 'right', render: figure((m) => formatFen(m.fundsRecovered)) },
    { key: 'createdAt', title: t('rounds.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
  ];
  return (
    <Card
      title={t('rounds.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="round-new">
          {t('rounds.new')}
        </Button>
      }
    >
      {rounds.isError ? (
        <LoadError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : (
        <div data-testid="rounds-table" data-total={rounds.data?.length}>
          <Table<CaseRound>
            size="middle"
            rowKey="id"
            loading={rounds.isFetching}
            columns={columns}
            dataSource={rounds.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('rounds.empty') }}
            onRow={(round) => ({ 'data-testid': `round-row-${round.id}` }) as object}
          />
        </div>
      )}
      {creating && <NewRoundModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
