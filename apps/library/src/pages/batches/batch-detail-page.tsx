import { ArrowLeftOutlined, DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { TRPCClientError } from '@trpc/client';
import { Button, Card, Flex, Result, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useDatasets } from '../../api/use-datasets';
import { BatchStatusTag } from '../../components/batch-status-tag';
import { LoadError } from '../../components/load-error';
import { QualityReportView } from '../../components/quality-report-view';
import { isBatchSettled } from '../../format/batch-status';
import { findDataset } from '../../format/dataset-labels';
import { useText } from '../../i18n/use-text';
import { canDeliver } from '../../roles';
import { BatchFacts } from './batch-facts';
import { RejectsTable } from './rejects-table';
import { RollbackButton } from './rollback-button';

/** One batch: what was delivered, its quality report, its rejected rows, and the way back out (回滚). */
export function BatchDetailPage() {
  const { batchId = '' } = useParams();
  const { t } = useText();
  const me = useSession();
  const trpc = useTRPC();
  const datasets = useDatasets();
  const batch = useQuery(
    trpc.feeds.batch.queryOptions(
      { id: batchId },
      { retry: false, refetchInterval: (query) => (query.state.data && !isBatchSettled(query.state.data.status) ? 2000 : false) },
    ),
  );

  const back = (
    <Link to="/batches">
      <ArrowLeftOutlined /> {t('batch.back')}
    </Link>
  );
  if (batch.isPending) return <Spin />;
  if (batch.isError) {
    const notFound = batch.error instanceof TRPCClientError && (batch.error.data?.code === 'NOT_FOUND' || batch.error.data?.code === 'BAD_REQUEST');
    return notFound ? <Result status="404" title={t('batch.notFound')} extra={back} /> : <LoadError error={batch.error} onRetry={() => void batch.refetch()} />;
  }

  const data = batch.data;
  const dataset = findDataset(datasets.data, data.datasetCode);
  return (
    <Flex vertical gap="middle" data-testid="batch-detail" data-batch-id={data.id}>
      {back}
      <Card
        title={
          <Space>
            {data.fileName}
            <BatchStatusTag status={data.status} testId="batch-detail-status" />
          </Space>
        }
        extra={
          <Space>
            {data.rowsRejected > 0 && (
              <Button icon={<DownloadOutlined />} href={`/api/batches/${data.id}/rejects.csv`} download data-testid="rejects-download">
                {t('batch.downloadRejects')}
              </Button>
            )}
            {data.rowsRejected > 0 && (
              <Button icon={<FileExcelOutlined />} href={`/api/batches/${data.id}/rejects.xlsx`} download data-testid="rejects-download-xlsx">
                {t('batch.downloadRejectsXlsx')}
              </Button>
            )}
            {canDeliver(me) && <RollbackButton batchId={data.id} status={data.status} />}
          </Space>
        }
      >
        <BatchFacts batch={data} dataset={dataset} />
      </Card>
      <Card title={t('quality.title')}>
        <QualityReportView batch={data} />
      </Card>
      <Card title={t('batch.rejectsTitle')}>
        <RejectsTable batch={data} dataset={dataset} />
      </Card>
    </Flex>
  );
}
