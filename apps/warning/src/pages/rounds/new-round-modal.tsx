import { useMutation, useQuery } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, App, type ButtonProps, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useDepartments } from '../../api/use-departments';
import { DepartmentSelect } from '../../components/department-select';
import { defaultDueDate, dueAtFromDate } from '../../format/case-status';
import { useText } from '../../i18n/use-text';
import { useCaseChanged } from '../case/use-case-changed';

interface RoundValues {
  name: string;
  note?: string;
  dueDate: string;
  warningIds?: string[];
  tickets?: string;
}

interface Item {
  key: string;
  warningId?: string;
  ticketNo?: string;
  label: string;
}

/** 新建轮次: open warnings and/or 12345 tickets, a department for each, one deadline — pushed in one go. */
export function NewRoundModal({ onClose }: { onClose: () => void }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const changed = useCaseChanged();
  const [form] = Form.useForm<RoundValues>();
  const [departmentOf, setDepartmentOf] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const openWarnings = useQuery(trpc.warning.list.queryOptions({ status: 'new', pageSize: 200 }));
  const departments = useDepartments();
  const create = useMutation(
    trpc.casework.rounds.create.mutationOptions({
      onSuccess: ({ caseIds }) => {
        void message.success(t('rounds.created', { count: caseIds.length }));
        changed();
        onClose();
      },
    }),
  );

  const warningIds = Form.useWatch('warningIds', form) ?? [];
  const tickets = Form.useWatch('tickets', form) ?? '';
  const warnings = new Map((openWarnings.data?.items ?? []).map((w) => [w.id, w]));
  const items: Item[] = [
    ...warningIds.map((id) => {
      const w = warnings.get(id);
      return { key: `w:${id}`, warningId: id, label: w ? `${w.subject.name ?? ''} ${w.subject.key} · ${w.model}`.trim() : id };
    }),
    ...[...new Set(tickets.split(/[\s,，]+/).filter(Boolean))].map((no) => ({ key: `t:${no}`, ticketNo: no, label: `12345 ${no}` })),
  ];
  // A warning's own responsible department is the natural default.
  const departmentFor = (item: Item) => departmentOf[item.key] ?? (item.warningId ? warnings.get(item.warningId)?.department?.code ?? '' : '');

  const submit = (values: RoundValues) => {
    if (items.length === 0) return setProblem(t('rounds.itemsRequired'));
    if (items.some((item) => !departmentFor(item))) return setProblem(t('rounds.departmentMissing'));
    setProblem(null);
    create.mutate({
      name: values.name.trim(),
      note: values.note?.trim() || undefined,
      dueAt: dueAtFromDate(values.dueDate),
      items: items.map((item) => ({ warningId: item.warningId, ticketNo: item.ticketNo, departmentCode: departmentFor(item) })),
    });
  };
  const error = problem ?? (create.isError ? t('rounds.failed', { reason: serverErrorMessage(create.error, t('common.unreachable')) }) : null);
  return (
    <Modal
      open
      width={860}
      title={t('rounds.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'round-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dueDate: defaultDueDate('hotline') }}>
        <Form.Item name="name" label={t('rounds.name')} rules={[{ required: true, whitespace: true, message: t('rounds.nameRequired') }]}>
          <Input maxLength={200} data-testid="round-name" />
        </Form.Item>
        <Form.Item name="note" label={t('rounds.note')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('case.pushDueDate')} rules={[{ required: true, message: t('case.pushDueDateRequired') }]}>
          <Input type="date" style={{ width: 200 }} data-testid="round-due-date" />
        </Form.Item>
        <Form.Item name="warningIds" label={t('rounds.warnings')}>
          <Select
            mode="multiple"
            loading={openWarnings.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(openWarnings.data?.items ?? []).map((w) => ({ value: w.id, label: `${w.subject.name ?? ''} ${w.subject.key} · ${w.model}`.trim() }))}
            data-testid="round-warnings"
          />
        </Form.Item>
        <Form.Item name="tickets" label={t('rounds.tickets')}>
          <Input.TextArea rows={3} data-testid="round-tickets" />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('rounds.items')}</Typography.Text>
      <Table<Item>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={items}
        columns={[
          { key: 'label', title: t('rounds.item'), dataIndex: 'label' },
          {
            key: 'department',
            title: t('case.department'),
            width: 300,
            render: (_, item) => (
              <DepartmentSelect departments={departments} value={departmentFor(item)} onChange={(code) => setDepartmentOf((all) => ({ ...all, [item.key]: code }))} testId={`round-item-department-${item.key}`} />
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="round-error" />}
    </Modal>
  );
}
