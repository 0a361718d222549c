import { RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { App, Button, Popconfirm } from 'antd';
import { type BatchStatus } from '../../api/types';
import { canRollBack } from '../../format/batch-status';
import { useText } from '../../i18n/use-text';

/** 回滚: takes the batch's records out of the library; the batch and its rejects stay on record. */
export function RollbackButton({ batchId, status }: { batchId: string; status: BatchStatus }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rollback = useMutation(
    trpc.feeds.rollback.mutationOptions({
      onSuccess: (result) => {
        void message.success(t('batch.rollbackDone', { count: result.recordsRemoved }));
        void queryClient.invalidateQueries(trpc.feeds.batch.queryFilter({ id: batchId }));
        void queryClient.invalidateQueries(trpc.feeds.batches.pathFilter());
        void queryClient.invalidateQueries(trpc.feeds.responsibilities.pathFilter());
      },
      onError: (error) => void message.error(t('batch.rollbackFailed', { reason: serverErrorMessage(error, t('common.unreachable')) })),
    }),
  );
  const allowed = canRollBack(status);
  return (
    <Popconfirm
      title={t('batch.rollbackConfirm')}
      description={t('batch.rollbackDescription')}
      okText={t('batch.rollback')}
      okButtonProps={{ danger: true }}
      disabled={!allowed}
      onConfirm={() => rollback.mutateAsync({ id: batchId }).catch(() => undefined)}
    >
      <Button danger icon={<RollbackOutlined />} disabled={!allowed} loading={rollback.isPending} data-testid="batch-rollback">
        {t('batch.rollback')}
      </Button>
    </Popconfirm>
  );
}
