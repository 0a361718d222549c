import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { App, Switch } from 'antd';
import { type WarningModel } from '../../api/types';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { useRefreshModels } from './use-model-changes';

/** 启用/停用 (admins): a disabled model is skipped by scheduled and delivery-triggered runs. */
export function EnabledSwitch({ model }: { model: WarningModel }) {
  const { t, locale } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRefreshModels();
  const setEnabled = useMutation(
    trpc.warning.models.setEnabled.mutationOptions({
      onSuccess: (_, input) => void message.success(t('models.enabledDone', { name: localized(model.name, locale), state: t(input.enabled ? 'models.on' : 'models.off') })),
      onError: (error) => void message.error(t('models.changeFailed', { reason: serverErrorMessage(error, t('common.unreachable')) })),
      onSettled: refresh,
    }),
  );
  return (
    <Switch
      checked={model.enabled}
      loading={setEnabled.isPending}
      onChange={(enabled) => setEnabled.mutate({ code: model.code, enabled })}
      checkedChildren={t('models.on')}
      unCheckedChildren={t('models.off')}
      data-testid={`model-enabled-${model.code}`}
      data-enabled={model.enabled}
    />
  );
}
