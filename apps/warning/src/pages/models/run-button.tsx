import { PlayCircleOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { App, Button } from 'antd';
import { type WarningModel } from '../../api/types';
import { useText } from '../../i18n/use-text';
import { useRefreshModels } from './use-model-changes';

/** 立即运行 (admins, supervisors): queues a run for the worker; its outcome appears among the runs. */
export function RunButton({ model }: { model: WarningModel }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRefreshModels();
  const run = useMutation(
    trpc.warning.models.run.mutationOptions({
      onSuccess: ({ jobId }) => {
        void message.success({ content: <span data-testid="run-queued">{t('models.runQueued', { jobId })}</span> });
        refresh();
      },
      onError: (error) => void message.error(t('models.runFailed', { reason: serverErrorMessage(error, t('common.unreachable')) })),
    }),
  );
  return (
    <Button size="small" icon={<PlayCircleOutlined />} disabled={!model.enabled} loading={run.isPending} onClick={() => run.mutate({ code: model.code })} data-testid={`model-run-${model.code}`}>
      {t('models.run')}
    </Button>
  );
}
