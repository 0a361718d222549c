// 案由: the purpose a person lookup needs. Asked once in a modal and kept for the browser
// session (so expanding a graph does not ask again); the user can change it at any time.
import { Alert, Form, Input, Modal } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useText } from '../i18n/use-text';

const STORAGE_KEY = 'zhijian.query.purpose';

interface PurposeApi {
  purpose: string | null;
  /** Resolves with the confirmed purpose; asks even when one is set when `force`. */
  requestPurpose(force?: boolean): Promise<string>;
}

const PurposeContext = createContext<PurposeApi | null>(null);

export function PurposeProvider({ children }: { children: ReactNode }) {
  const { t } = useText();
  const [purpose, setPurpose] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  const pending = useRef<Array<(value: string) => void>>([]);

  const requestPurpose = useCallback(
    (force = false) => {
      if (purpose && !force) return Promise.resolve(purpose);
      form.setFieldsValue({ purpose: purpose ?? '' });
      setOpen(true);
      return new Promise<string>((resolve) => pending.current.push(resolve));
    },
    [purpose, form],
  );

  const confirm = async () => {
    const { purpose: value } = await form.validateFields();
    const trimmed = value.trim();
    sessionStorage.setItem(STORAGE_KEY, trimmed);
    setPurpose(trimmed);
    setOpen(false);
    for (const resolve of pending.current.splice(0)) resolve(trimmed);
  };

  const api = useMemo(() => ({ purpose, requestPurpose }), [purpose, requestPurpose]);
  return (
    <PurposeContext.Provider value={api}>
      {children}
      <Modal
        open={open}
        title={t('purpose.title')}
        okText={t('purpose.confirm')}
        onOk={confirm}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'purpose-confirm' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={t('purpose.explain')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical">
          <Form.Item name="purpose" label={t('purpose.label')} rules={[{ required: true, min: 2, whitespace: true, message: t('purpose.required') }]}>
            <Input.TextArea data-testid="purpose-input" rows={3} maxLength={500} placeholder={t('purpose.placeholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </PurposeContext.Provider>
  );
}

export function usePurpose(): PurposeApi {
  const api = useContext(PurposeContext);
  if (!api) throw new Error('usePurpose outside PurposeProvider');
  return api;
}
