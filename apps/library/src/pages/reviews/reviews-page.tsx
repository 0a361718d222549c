import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { App, Button, Card, Flex, Progress, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { type MatchReview } from '../../api/types';
import { LoadError } from '../../components/load-error';
import { useText } from '../../i18n/use-text';

/** 待核对匹配: persons named without an ID whose match was not sure; a person decides each candidate. */
export function ReviewsPage() {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reviews = useQuery(trpc.feeds.reviews.list.queryOptions());
  const onSettled = () => void queryClient.invalidateQueries(trpc.feeds.reviews.list.pathFilter());
  const onError = (error: Parameters<typeof serverErrorMessage>[0]) =>
    void message.error(t('reviews.failed', { reason: serverErrorMessage(error, t('common.unreachable')) }));
  const accept = useMutation(trpc.feeds.reviews.accept.mutationOptions({ onSuccess: () => void message.success(t('reviews.accepted')), onError, onSettled }));
  const reject = useMutation(trpc.feeds.reviews.reject.mutationOptions({ onSuccess: () => void message.success(t('reviews.rejected')), onError, onSettled }));
  const busy = accept.isPending || reject.isPending;

  const columns: TableColumnsType<MatchReview> = [
    {
      key: 'record',
      title: t('reviews.record'),
      render: (_, review) => (
        <Flex vertical>
          <Link to={`/batches/${review.batchId}`}>{review.datasetCode}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reviews.row', { row: review.rowNumber })} · {review.departmentCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'named',
      title: t('reviews.named'),
      render: (_, review) => (
        <Flex vertical>
          <Typography.Text strong>{review.named.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[review.named.birthDate, review.named.regionCode].filter(Boolean).join(' · ') || '—'}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'candidate',
      title: t('reviews.candidate'),
      render: (_, review) => (
        <Flex vertical>
          <Typography.Text strong>{review.candidate.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: review.candidate.idNumber }}>
            {review.candidate.idNumber} · {review.candidate.birthDate}
            {review.candidate.regionCode ? ` · ${review.candidate.regionCode}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'score',
      title: t('reviews.score'),
      width: 200,
      render: (_, review) => (
        <Flex vertical>
          <Progress percent={review.score} size="small" format={(value) => `${value}`} />
          <Flex gap={4} wrap>
            {review.reasons.map((reason) => (
              <Tag key={reason}>{t(`reviews.reason.${reason}` as 'reviews.reason.name')}</Tag>
            ))}
          </Flex>
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('reviews.actions'),
      width: 200,
      render: (_, review) => (
        <Flex gap="small">
          <Button type="primary" size="small" icon={<CheckOutlined />} disabled={busy} onClick={() => accept.mutate({ id: review.id })} data-testid={`review-accept-${review.id}`}>
            {t('reviews.accept')}
          </Button>
          <Button size="small" danger icon={<CloseOutlined />} disabled={busy} onClick={() => reject.mutate({ id: review.id })} data-testid={`review-reject-${review.id}`}>
            {t('reviews.reject')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('nav.reviews')}>
      <Typography.Paragraph type="secondary">{t('reviews.intro')}</Typography.Paragraph>
      {reviews.isError ? (
        <LoadError error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : (
        <div data-testid="reviews-table">
          <Table<MatchReview>
            size="middle"
            rowKey="id"
            loading={reviews.isPending}
            columns={columns}
            dataSource={reviews.data}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('reviews.empty') }}
            onRow={(review) => ({ 'data-testid': `review-row-${review.id}` }) as HTMLAttributes<HTMLElement>}
          />
        </div>
      )}
    </Card>
  );
}
