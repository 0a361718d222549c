import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverErrorMessage, useSession, useTRPC } from '@zhijian/ui';
import { Alert, App, AutoComplete, Form, Input, InputNumber, Modal, Select } from 'antd';
import { type Frequency, type Responsibility } from '../../api/types';
import { useDatasets } from '../../api/use-datasets';
import { FREQUENCIES } from '../../format/frequency';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

interface ResponsibilityForm {
  departmentCode: string;
  datasetCode: string;
  frequency: Frequency;
  dueDay?: number | null;
  note?: string;
}

/** 添加责任 (admins): make a department responsible for a dataset; an existing pair is updated. */
export function AddResponsibilityModal({ open, onClose, known }: { open: boolean; onClose: () => void; known: readonly Responsibility[] }) {
  const { t, locale } = useText();
  const { message } = App.useApp();
  const me = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const datasets = useDatasets();
  const [form] = Form.useForm<ResponsibilityForm>();
  const frequency = Form.useWatch('frequency', form);
  const add = useMutation(
    trpc.feeds.addResponsibility.mutationOptions({
      onSuccess: (created) => {
        void message.success(t('resp.addDone', { department: created.departmentCode, dataset: created.datasetCode }));
        void queryClient.invalidateQueries(trpc.feeds.responsibilities.pathFilter());
        form.resetFields();
        onClose();
      },
    }),
  );

  // There is no department directory in this API: offer the departments already on the list.
  const departments = new Map<string, string>([[me.department.code, me.department.name]]);
  for (const r of known) departments.set(r.departmentCode, r.departmentName);

  return (
    <Modal
      open={open}
      title={t('resp.addTitle')}
      okText={t('resp.submit')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        add.reset();
        onClose();
      }}
      destroyOnHidden
      okButtonProps={{ ...{ 'data-testid': 'responsibility-submit' } }}
    >
      <Form<ResponsibilityForm>
        form={form}
        layout="vertical"
        initialValues={{ frequency: 'monthly' }}
        onFinish={(values) =>
          add.mutate({
            departmentCode: values.departmentCode.trim(),
            datasetCode: values.datasetCode,
            frequency: values.frequency,
            dueDay: values.dueDay ?? null,
            note: values.note?.trim() || null,
          })
        }
      >
        <Form.Item name="departmentCode" label={t('resp.form.department')} rules={[{ required: true, whitespace: true, message: t('resp.form.departmentRequired') }]}>
          <AutoComplete
            data-testid="responsibility-form-department"
            options={[...departments].map(([code, name]) => ({ value: code, label: `${name} (${code})` }))}
            filterOption={(input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
          />
        </Form.Item>
        <Form.Item name="datasetCode" label={t('resp.form.dataset')} rules={[{ required: true, message: t('resp.form.datasetRequired') }]}>
          <Select
            data-testid="responsibility-form-dataset"
            loading={datasets.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(datasets.data ?? []).map((dataset) => ({ value: dataset.code, label: `${localized(dataset.name, locale)} (${dataset.code})` }))}
          />
        </Form.Item>
        <Form.Item name="frequency" label={t('resp.form.frequency')} rules={[{ required: true }]}>
          <Select data-testid="responsibility-form-frequency" options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))} />
        </Form.Item>
        <Form.Item name="dueDay" label={t('resp.form.dueDay')} extra={frequency ? t(`dueDayHelp.${frequency}`) : undefined}>
          <InputNumber
            min={1}
            max={frequency === 'weekly' ? 7 : frequency === 'yearly' ? 366 : 31}
            precision={0}
            disabled={frequency === 'daily' || frequency === 'once'}
            style={{ width: 160 }}
            data-testid="responsibility-form-due-day"
          />
        </Form.Item>
        <Form.Item name="note" label={t('resp.form.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {add.isError && <Alert type="error" showIcon title={t('resp.addFailed')} description={serverErrorMessage(add.error, t('common.unreachable'))} data-testid="responsibility-error" />}
      </Form>
    </Modal>
  );
}
