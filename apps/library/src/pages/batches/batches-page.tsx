import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type BatchSummary } from '../../api/types';
import { useDatasets } from '../../api/use-datasets';
import { BatchStatusTag } from '../../components/batch-status-tag';
import { LoadError } from '../../components/load-error';
import { isBatchSettled } from '../../format/batch-status';
import { datasetName, findDataset } from '../../format/dataset-labels';
import { formatDateTime } from '../../format/date-time';
import { formatFileSize } from '../../format/file-size';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

const LIST_LIMIT = 200;

/** 批次: every delivery the user may see, newest first; a running batch keeps the list refreshing. */
export function BatchesPage() {
  const { t, locale } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const datasets = useDatasets();
  const [datasetCode, setDatasetCode] = useState<string | undefined>();
  const batches = useQuery(
    trpc.feeds.batches.queryOptions(
      { datasetCode, limit: LIST_LIMIT },
      { refetchInterval: (query) => (query.state.data?.some((batch) => !isBatchSettled(batch.status)) ? 3000 : false) },
    ),
  );

  const columns: TableColumnsType<BatchSummary> = [
    { key: 'createdAt', title: t('batches.createdAt'), render: (_, batch) => formatDateTime(batch.createdAt), width: 150 },
    {
      key: 'dataset',
      title: t('batches.dataset'),
      render: (_, batch) => (
        <Flex vertical>
          <span>{datasetName(findDataset(datasets.data, batch.datasetCode), batch.datasetCode, locale)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {batch.datasetCode}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'department', title: t('batches.department'), dataIndex: 'departmentName' },
    {
      key: 'file',
      title: t('batches.file'),
      render: (_, batch) => (
        <Flex vertical>
          <Link to={`/batches/${batch.id}`} onClick={(event) => event.stopPropagation()}>
            {batch.fileName}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatFileSize(batch.fileSize)}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'status', title: t('batches.status'), render: (_, batch) => <BatchStatusTag status={batch.status} />, width: 120 },
    { key: 'read', title: t('batches.rowsRead'), align: 'right', render: (_, batch) => batch.rowsRead.toLocaleString() },
    { key: 'loaded', title: t('batches.rowsLoaded'), align: 'right', render: (_, batch) => batch.rowsLoaded.toLocaleString() },
    {
      key: 'rejected',
      title: t('batches.rowsRejected'),
      align: 'right',
      render: (_, batch) => <Typography.Text type={batch.rowsRejected > 0 ? 'danger' : undefined}>{batch.rowsRejected.toLocaleString()}</Typography.Text>,
    },
    { key: 'finishedAt', title: t('batches.finishedAt'), render: (_, batch) => formatDateTime(batch.finishedAt), width: 150 },
  ];

  return (
    <Card
      title={t('nav.batches')}
      extra={
        <Select
          allowClear
          style={{ width: 280 }}
          placeholder={t('batches.filterDataset')}
          value={datasetCode}
          onChange={(code?: string) => setDatasetCode(code)}
          showSearch={{ optionFilterProp: 'label' }}
          options={(datasets.data ?? []).map((dataset) => ({ value: dataset.code, label: `${localized(dataset.name, locale)} (${dataset.code})` }))}
          data-testid="batches-dataset-filter"
        />
      }
    >
      {batches.isError ? (
        <LoadError error={batches.error} onRetry={() => void batches.refetch()} />
      ) : (
        <div data-testid="batches-table">
          <Table<BatchSummary>
            size="middle"
            rowKey="id"
            loading={batches.isPending}
            columns={columns}
            dataSource={batches.data}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('batches.empty') }}
            onRow={(batch) =>
              ({
                'data-testid': `batch-row-${batch.id}`,
                onClick: () => void navigate(`/batches/${batch.id}`),
                style: { cursor: 'pointer' },
              }) as HTMLAttributes<HTMLElement>
            }
          />
        </div>
      )}
    </Card>
  );
}
