import { serverErrorMessage } from '@zhijian/ui';
import { Alert, Button } from 'antd';
import { useText } from '../i18n/use-text';

/** A failed query: the server's message, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useText();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={serverErrorMessage(error, t('common.unreachable'))}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
