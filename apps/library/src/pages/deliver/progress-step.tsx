import { LoadingOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Alert, Button, Card, Col, Flex, Progress, Row, Spin, Statistic, Steps, Typography } from 'antd';
import { type BatchStatus } from '../../api/types';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BatchStatusTag } from '../../components/batch-status-tag';
import { LoadError } from '../../components/load-error';
import { QualityReportView } from '../../components/quality-report-view';
import { DELIVERY_STEPS, deliveryProgress, isBatchSettled } from '../../format/batch-status';
import { type LibraryTranslate } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** What the bar measures now: the rows of the file read while staging, then the publishing transaction. */
function stageLabel(t: LibraryTranslate, status: BatchStatus, rowsRead: number, estimatedRows: number | null): string {
  if (status === 'queued') return t('progress.stageQueued');
  if (status === 'staging') {
    return estimatedRows === null ? t('progress.stageStagingStart') : t('progress.stageStaging', { read: rowsRead.toLocaleString(), estimated: estimatedRows.toLocaleString() });
  }
  if (status === 'publishing') return t('progress.stagePublishing', { read: rowsRead.toLocaleString() });
  return t(`deliveryStep.done`);
}

/** Step ④: the batch as the worker moves it through the pipeline, then its quality report. */
export function ProgressStep({ batchId, duplicate, onRestart }: { batchId: string; duplicate: boolean; onRestart: () => void }) {
  const { t } = useText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const batch = useQuery(
    trpc.feeds.batch.queryOptions(
      { id: batchId },
      { refetchInterval: (query) => (query.state.data && isBatchSettled(query.state.data.status) ? false : 1000) },
    ),
  );
  const settled = batch.data ? isBatchSettled(batch.data.status) : false;

  useEffect(() => {
    // The lists elsewhere show the batch's status and the responsibility's last delivery.
    if (settled) {
      void queryClient.invalidateQueries(trpc.feeds.batches.pathFilter());
      void queryClient.invalidateQueries(trpc.feeds.responsibilities.pathFilter());
    }
  }, [settled, queryClient, trpc]);

  if (batch.isPending) return <Spin />;
  if (batch.isError) return <LoadError error={batch.error} onRetry={() => void batch.refetch()} />;

  const data = batch.data;
  const progress = deliveryProgress(data);
  return (
    <Flex vertical gap="middle">
      {duplicate && (
        <Alert
          type="warning"
          showIcon
          data-testid="deliver-duplicate"
          title={t('progress.duplicate')}
          action={<Link to={`/batches/${batchId}`}>{t('progress.viewExisting')}</Link>}
        />
      )}
      <Card
        title={data.fileName}
        extra={<BatchStatusTag status={data.status} testId="batch-status" />}
      >
        <Flex vertical gap="large">
          <Steps
            current={progress.current}
            status={progress.status}
            items={DELIVERY_STEPS.map((step) => ({ title: t(`deliveryStep.${step}`) }))}
          />
          <Flex vertical gap={4}>
            <Typography.Text type="secondary" data-testid="batch-progress-label">
              {stageLabel(t, data.status, data.rowsRead, progress.estimatedRows)}
            </Typography.Text>
            <Progress
              percent={progress.percent}
              status={progress.status === 'error' ? 'exception' : progress.status === 'finish' ? 'success' : 'active'}
              format={data.status === 'publishing' ? () => <LoadingOutlined /> : undefined}
              data-testid="batch-progress"
              data-stage={data.status}
            />
          </Flex>
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title={t('progress.rowsRead')} value={data.rowsRead} />
            </Col>
            <Col span={8}>
              <Statistic title={t('progress.rowsRejected')} value={data.rowsRejected} />
            </Col>
            <Col span={8}>
              <Statistic title={t('progress.rowsLoaded')} value={data.rowsLoaded} />
            </Col>
          </Row>
          {data.status === 'failed' && <Alert type="error" showIcon title={t('progress.failed')} description={data.error} data-testid="batch-error" />}
        </Flex>
      </Card>
      {data.status === 'published' && (
        <Card title={t('quality.title')}>
          <QualityReportView batch={data} />
        </Card>
      )}
      <Flex gap="small">
        <Button type="primary" onClick={onRestart} data-testid="deliver-again">
          {t('progress.again')}
        </Button>
        <Button onClick={() => void navigate(`/batches/${batchId}`)} data-testid="deliver-batch-link">
          {t('progress.viewBatch')}
        </Button>
      </Flex>
    </Flex>
  );
}
