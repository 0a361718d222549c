import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, App, Button, type ButtonProps, Form, Modal } from 'antd';
import { useState } from 'react';
import { type WarningModel } from '../../api/types';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { currentParamValues, ParamInputs } from './param-inputs';
import { useRefreshModels } from './use-model-changes';

/** 修改参数 (admins): overrides over the spec's defaults; the next run applies them. */
export function ParamsButton({ model }: { model: WarningModel }) {
  const { t, locale } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRefreshModels();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Record<string, number>>();
  const setParams = useMutation(
    trpc.warning.models.setParams.mutationOptions({
      onSuccess: () => {
        void message.success(t('params.saved'));
        setOpen(false);
        refresh();
      },
    }),
  );
  return (
    <>
      <Button
        size="small"
        icon={<EditOutlined />}
        onClick={() => {
          setParams.reset();
          setOpen(true);
        }}
        data-testid={`model-params-${model.code}`}
      >
        {t('models.editParams')}
      </Button>
      <Modal
        open={open}
        title={t('params.title', { name: localized(model.name, locale) })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={setParams.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((params) => setParams.mutate({ code: model.code, params }), () => undefined)}
        okButtonProps={{ 'data-testid': 'params-save' } as ButtonProps}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={currentParamValues(model.params)}>
          <ParamInputs params={model.params} />
        </Form>
        {setParams.isError && <Alert type="error" showIcon title={t('models.changeFailed', { reason: serverErrorMessage(setParams.error, t('common.unreachable')) })} />}
      </Modal>
    </>
  );
}
