import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Button, Empty, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { type BatchDetail, type DatasetSpec, type RejectedRow } from '../../api/types';
import { LoadError } from '../../components/load-error';
import { fieldLabel } from '../../format/dataset-labels';
import { useText } from '../../i18n/use-text';
import { rawHeadersOf } from './raw-headers';

const PAGE_SIZE = 50;

/**
 * The rows the batch rejected, as delivered, with the reasons. Paged by row number
 * (`afterRow`), so the table can walk forward through a batch of any size.
 */
export function RejectsTable({ batch, dataset }: { batch: BatchDetail; dataset: DatasetSpec | undefined }) {
  const { t, locale } = useText();
  const { token } = theme.useToken();
  const trpc = useTRPC();
  // cursors[n] is the row number page n starts after.
  const [cursors, setCursors] = useState<number[]>([0]);
  const page = cursors.length - 1;
  const rejects = useQuery(trpc.feeds.rejects.queryOptions({ id: batch.id, afterRow: cursors[page] ?? 0, limit: PAGE_SIZE }, { staleTime: Infinity }));

  if (batch.rowsRejected === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.noErrors')} />;
  if (rejects.isError) return <LoadError error={rejects.error} onRetry={() => void rejects.refetch()} />;

  const rows = rejects.data ?? [];
  const mapping = batch.mapping ?? {};
  const headers = rawHeadersOf(mapping, rows);
  const lastRow = rows.at(-1)?.rowNumber;
  const hasNext = rows.length === PAGE_SIZE && lastRow !== undefined && (page + 1) * PAGE_SIZE < batch.rowsRejected;

  const columns: TableColumnsType<RejectedRow> = [
    { key: 'row', title: t('batch.rejectsRow'), dataIndex: 'rowNumber', width: 72, fixed: 'start' },
    {
      key: 'reasons',
      title: t('batch.rejectsReasons'),
      width: 320,
      render: (_, row) => (
        <Flex vertical gap={2}>
          {row.errors.map((error, i) => (
            <span key={i}>
              <Tag color="error">{fieldLabel(dataset, error.field, locale)}</Tag>
              {error.message}
            </span>
          ))}
        </Flex>
      ),
    },
    ...headers.map((header, index) => ({
      key: `raw-${index}`,
      title: header,
      render: (_: unknown, row: RejectedRow) => {
        const value = row.raw[header] ?? '';
        const field = mapping[header];
        const errors = field ? row.errors.filter((error) => error.field === field) : [];
        if (errors.length === 0) return value;
        return (
          <Tooltip title={errors.map((error) => error.message).join('；')}>
            <span style={{ color: token.colorError, background: token.colorErrorBg, padding: '0 4px', borderRadius: token.borderRadiusSM }}>{value || '∅'}</span>
          </Tooltip>
        );
      },
    })),
  ];

  return (
    <Flex vertical gap="small" data-testid="rejects-table">
      <Table<RejectedRow>
        size="small"
        bordered
        rowKey="rowNumber"
        loading={rejects.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Flex justify="end" align="center" gap="small">
        <Typography.Text type="secondary">{t('batch.rejectsPage', { page: page + 1, total: batch.rowsRejected.toLocaleString() })}</Typography.Text>
        <Button size="small" disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))} data-testid="rejects-prev">
          {t('batch.prevPage')}
        </Button>
        <Button size="small" disabled={!hasNext} onClick={() => lastRow !== undefined && setCursors([...cursors, lastRow])} data-testid="rejects-next">
          {t('batch.nextPage')}
        </Button>
      </Flex>
    </Flex>
  );
}
