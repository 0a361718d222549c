import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, App, Button, Card, Checkbox, Form, Input, Radio } from 'antd';
import { SATISFACTIONS } from '../../format/case-status';
import { useText } from '../../i18n/use-text';
import { useCaseChanged } from './use-case-changed';

interface CallbackValues {
  satisfaction: (typeof SATISFACTIONS)[number];
  note?: string;
  reopen?: boolean;
}

/** 回访 (supervisors, closed cases): the citizen's satisfaction; if unsatisfied, optionally back to rectifying. */
export function CallbackForm({ caseId }: { caseId: string }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const changed = useCaseChanged();
  const [form] = Form.useForm<CallbackValues>();
  const satisfaction = Form.useWatch('satisfaction', form);
  const callback = useMutation(
    trpc.casework.callback.mutationOptions({
      onSuccess: () => {
        void message.success(t('case.callbackDone'));
        form.resetFields();
        changed();
      },
    }),
  );
  return (
    <Card title={t('case.callbackTitle')} data-testid="case-callback">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ satisfaction: 'satisfied', reopen: false }}
        onFinish={(values) => callback.mutate({ id: caseId, satisfaction: values.satisfaction, note: values.note?.trim() || undefined, reopen: values.satisfaction === 'unsatisfied' && values.reopen === true })}
      >
        <Form.Item name="satisfaction" label={t('case.satisfaction')}>
          <Radio.Group
            options={SATISFACTIONS.map((value) => ({ value, label: <span data-testid={`callback-${value}`}>{t(`satisfaction.${value}`)}</span> }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('case.callbackNote')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="callback-note" />
        </Form.Item>
        <Form.Item name="reopen" valuePropName="checked">
          <Checkbox disabled={satisfaction !== 'unsatisfied'} data-testid="callback-reopen">
            {t('case.callbackReopen')}
          </Checkbox>
        </Form.Item>
        {callback.isError && <Alert type="error" showIcon title={t('case.callbackFailed', { reason: serverErrorMessage(callback.error, t('common.unreachable')) })} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={callback.isPending} data-testid="callback-submit">
          {t('case.callbackSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
