import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, App, Button, type ButtonProps, Flex, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { type WarningModel } from '../../api/types';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { useRefreshModels } from './use-model-changes';

/**
 * 新增版本 (admins): a new version of a model, or a new model, from its JSON spec. The
 * server parses and compiles it; its refusal is shown word for word, since it names the
 * field or the rule that is wrong.
 */
export function AddVersionButton({ models }: { models: readonly WarningModel[] }) {
  const { t, locale } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRefreshModels();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const addVersion = useMutation(
    trpc.warning.models.addVersion.mutationOptions({
      onSuccess: (added) => {
        void message.success(t('addVersion.done', { code: added.code, version: added.version }));
        setOpen(false);
        refresh();
      },
    }),
  );

  const startFrom = (code: string) => {
    const model = models.find((m) => m.code === code);
    if (model) setText(JSON.stringify({ ...model.spec, version: model.version + 1 }, null, 2));
  };
  const submit = () => {
    let spec: unknown;
    try {
      spec = JSON.parse(text);
    } catch (error) {
      setJsonError(t('addVersion.invalidJson', { reason: (error as Error).message }));
      return;
    }
    setJsonError(null);
    addVersion.mutate({ spec, ...(note.trim() ? { note: note.trim() } : {}) });
  };

  return (
    <>
      <Button
        icon={<PlusOutlined />}
        onClick={() => {
          addVersion.reset();
          setJsonError(null);
          setOpen(true);
        }}
        data-testid="model-add-version"
      >
        {t('models.addVersion')}
      </Button>
      <Modal
        open={open}
        width={860}
        title={t('addVersion.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={addVersion.isPending}
        okButtonProps={{ disabled: text.trim() === '', 'data-testid': 'add-version-save' } as ButtonProps}
        onOk={submit}
        onCancel={() => setOpen(false)}
      >
        <Flex vertical gap="small">
          <Typography.Text type="secondary">{t('addVersion.specHint')}</Typography.Text>
          <Select
            style={{ width: 420 }}
            placeholder={t('addVersion.startFrom')}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={startFrom}
            options={models.map((m) => ({ value: m.code, label: `${localized(m.name, locale)} (${m.code})` }))}
          />
          <Input.TextArea
            aria-label={t('addVersion.spec')}
            placeholder={t('addVersion.spec')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoSize={{ minRows: 12, maxRows: 24 }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
            data-testid="add-version-spec"
          />
          <Input placeholder={t('addVersion.note')} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
          {jsonError && <Alert type="error" showIcon title={jsonError} data-testid="add-version-error" />}
          {addVersion.isError && (
            <Alert
              type="error"
              showIcon
              title={t('addVersion.failed')}
              description={<span data-testid="add-version-error">{serverErrorMessage(addVersion.error, t('common.unreachable'))}</span>}
            />
          )}
        </Flex>
      </Modal>
    </>
  );
}
