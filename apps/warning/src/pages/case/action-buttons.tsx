import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, App, Button, type ButtonProps, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { type CaseActionName, type CaseDetail } from '../../api/types';
import { useDepartments } from '../../api/use-departments';
import { PushFields } from '../../components/push-fields';
import { defaultDueDate, dueAtFromDate, REASON_REQUIRED, yuanToFen } from '../../format/case-status';
import { useText } from '../../i18n/use-text';
import { useCaseChanged } from './use-case-changed';

interface ActionValues {
  reason?: string;
  departmentCode?: string;
  dueDate?: string;
  fundsYuan?: string;
}

/** A button for exactly the actions the server says this user may take now; each asks what it needs. */
export function ActionButtons({ item }: { item: CaseDetail }) {
  const { t } = useText();
  const [action, setAction] = useState<CaseActionName | null>(null);
  if (item.actions.length === 0) return <Typography.Text type="secondary">{t('case.noActions')}</Typography.Text>;
  return (
    <Flex gap="small" wrap data-testid="case-actions">
      {item.actions.map((name) => (
        <Button key={name} type={name === 'dismiss' || name === 'return' || name === 'send_back' ? 'default' : 'primary'} onClick={() => setAction(name)} data-testid={`case-action-${name}`}>
          {t(`action.${name}`)}
        </Button>
      ))}
      {action && <ActionModal item={item} action={action} onClose={() => setAction(null)} />}
    </Flex>
  );
}

function ActionModal({ item, action, onClose }: { item: CaseDetail; action: CaseActionName; onClose: () => void }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const changed = useCaseChanged();
  const departments = useDepartments(item.departmentCode ? [{ code: item.departmentCode, name: item.departmentName ?? item.departmentCode }] : []);
  const [form] = Form.useForm<ActionValues>();
  const act = useMutation(
    trpc.casework.act.mutationOptions({
      onSuccess: () => {
        void message.success(t('case.actionDone', { action: t(`action.${action}`) }));
        changed();
        onClose();
      },
    }),
  );
  const reasonRequired = REASON_REQUIRED.has(action);

  const submit = (values: ActionValues) =>
    act.mutate({
      id: item.id,
      action,
      reason: values.reason?.trim() || undefined,
      ...(action === 'push' && values.departmentCode && values.dueDate ? { departmentCode: values.departmentCode, dueAt: dueAtFromDate(values.dueDate) } : {}),
      ...(action === 'rectified' ? { fundsRecovered: yuanToFen(values.fundsYuan ?? '0') ?? 0 } : {}),
    });
  return (
    <Modal
      open
      title={t(`action.${action}`)}
      okText={t('case.confirmAction')}
      cancelText={t('common.cancel')}
      confirmLoading={act.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'action-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dueDate: defaultDueDate(item.source), departmentCode: item.departmentCode ?? undefined, fundsYuan: '0' }}>
        {action === 'push' && <PushFields departments={departments} />}
        {action === 'rectified' && (
          <Form.Item
            name="fundsYuan"
            label={t('case.fundsYuan')}
            rules={[{ validator: (_, value: string | undefined) => (yuanToFen(value ?? '0') === null ? Promise.reject(new Error(t('case.fundsInvalid'))) : Promise.resolve()) }]}
          >
            <Input prefix="¥" style={{ width: 220 }} data-testid="action-funds" />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('case.reason')} rules={reasonRequired ? [{ required: true, whitespace: true, message: t('case.reasonRequired') }] : []}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="action-reason" />
        </Form.Item>
      </Form>
      {act.isError && <Alert type="error" showIcon title={t('case.actionFailed', { reason: serverErrorMessage(act.error, t('common.unreachable')) })} data-testid="action-error" />}
    </Modal>
  );
}
