import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { Card, Flex, Result, Steps } from 'antd';
import { useReducer } from 'react';
import { useText } from '../../i18n/use-text';
import { canDeliver } from '../../roles';
import { ChooseStep } from './choose-step';
import { deliverReducer, initialDeliverState } from './deliver-state';
import { PreviewStep } from './preview-step';
import { ProgressStep } from './progress-step';
import { useFileUpload } from './use-file-upload';

const STEP_KEYS = ['deliver.step.choose', 'deliver.step.preview', 'deliver.step.confirm', 'deliver.step.progress'] as const;

/** 交付数据: choose → upload → preview and map → confirm → follow the batch. */
export function DeliverPage() {
  const { t } = useText();
  const me = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(deliverReducer, initialDeliverState);
  const onFile = useFileUpload(dispatch, t);
  const submit = useMutation(
    trpc.feeds.submit.mutationOptions({
      onSuccess: (result) => {
        dispatch({ type: 'submitted', batchId: result.batchId, duplicate: result.duplicate });
        void queryClient.invalidateQueries(trpc.feeds.batches.pathFilter());
        void queryClient.invalidateQueries(trpc.feeds.responsibilities.pathFilter());
      },
    }),
  );

  if (!canDeliver(me)) return <Result status="403" title={t('deliver.onlyStewards')} />;

  const current = state.stage === 'choose' ? 0 : state.stage === 'preview' ? (submit.isPending ? 2 : 1) : 3;
  return (
    <Card>
      <Flex vertical gap="large">
        <Steps current={current} items={STEP_KEYS.map((key) => ({ title: t(key) }))} data-testid="deliver-steps" />
        {state.stage === 'choose' && <ChooseStep state={state} dispatch={dispatch} onFile={onFile} />}
        {state.stage === 'preview' && <PreviewStep state={state} dispatch={dispatch} submit={submit} />}
        {state.stage === 'progress' && state.submission && (
          <ProgressStep
            batchId={state.submission.batchId}
            duplicate={state.submission.duplicate}
            onRestart={() => {
              submit.reset();
              dispatch({ type: 'restart' });
            }}
          />
        )}
      </Flex>
    </Card>
  );
}
