import './responsibilities.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { type Responsibility } from '../../api/types';
import { useDatasets } from '../../api/use-datasets';
import { BatchStatusTag } from '../../components/batch-status-tag';
import { LoadError } from '../../components/load-error';
import { isBatchStatus } from '../../format/batch-status';
import { datasetName, findDataset } from '../../format/dataset-labels';
import { formatDateTime } from '../../format/date-time';
import { dueDayText } from '../../format/frequency';
import { useText } from '../../i18n/use-text';
import { isAdmin } from '../../roles';
import { AddResponsibilityModal } from './add-responsibility-modal';
import { RESPONSIBILITY_STATE_COLORS, responsibilityState } from './responsibility-status';

/** 责任清单: who must deliver which dataset, how often, and whether they are late. */
export function ResponsibilitiesPage() {
  const { t, locale } = useText();
  const me = useSession();
  const trpc = useTRPC();
  const datasets = useDatasets();
  const responsibilities = useQuery(trpc.feeds.responsibilities.queryOptions());
  const [adding, setAdding] = useState(false);

  const rows = responsibilities.data ?? [];
  const overdue = rows.filter((r) => r.overdue).length;

  const columns: TableColumnsType<Responsibility> = [
    {
      key: 'department',
      title: t('resp.department'),
      render: (_, r) => (
        <Flex vertical>
          <span>{r.departmentName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.departmentCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'dataset',
      title: t('resp.dataset'),
      render: (_, r) => (
        <Flex vertical>
          <span>{datasetName(findDataset(datasets.data, r.datasetCode), r.datasetCode, locale)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.datasetCode}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'frequency', title: t('resp.frequency'), render: (_, r) => t(`frequency.${r.frequency}`) },
    { key: 'dueDay', title: t('resp.dueDay'), render: (_, r) => dueDayText(r.frequency, r.dueDay, t) },
    {
      key: 'lastDelivery',
      title: t('resp.lastDelivery'),
      render: (_, r) =>
        r.lastDeliveryAt ? (
          <Flex vertical align="start" gap={2}>
            <span>{formatDateTime(r.lastDeliveryAt)}</span>
            {isBatchStatus(r.lastBatchStatus) && <BatchStatusTag status={r.lastBatchStatus} />}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('resp.neverDelivered')}</Typography.Text>
        ),
    },
    {
      key: 'nextDue',
      title: t('resp.nextDue'),
      render: (_, r) => <Typography.Text type={r.overdue ? 'danger' : undefined}>{r.nextDueDate ?? '—'}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('resp.status'),
      render: (_, r) => {
        const state = responsibilityState(r);
        return (
          <Tag color={RESPONSIBILITY_STATE_COLORS[state]} data-testid="responsibility-state" data-state={state}>
            {t(`resp.state.${state}`)}
          </Tag>
        );
      },
    },
  ];

  return (
    <Card
      title={t('nav.responsibilities')}
      extra={
        <Flex align="center" gap="middle">
          {responsibilities.data && (
            <Typography.Text type={overdue ? 'danger' : 'secondary'} data-testid="responsibility-summary">
              {t('resp.summary', { total: rows.length, overdue })}
            </Typography.Text>
          )}
          {isAdmin(me) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="responsibility-add">
              {t('resp.add')}
            </Button>
          )}
        </Flex>
      }
    >
      {responsibilities.isError ? (
        <LoadError error={responsibilities.error} onRetry={() => void responsibilities.refetch()} />
      ) : (
        <Table<Responsibility>
          rowKey="id"
          loading={responsibilities.isPending}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('resp.empty') }}
          rowClassName={(r) => (r.overdue ? 'responsibility-overdue' : '')}
          onRow={(r) =>
            ({
              'data-testid': `responsibility-row-${r.departmentCode}-${r.datasetCode}`,
              'data-overdue': String(r.overdue),
            }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
      {isAdmin(me) && <AddResponsibilityModal open={adding} onClose={() => setAdding(false)} known={rows} />}
    </Card>
  );
}
