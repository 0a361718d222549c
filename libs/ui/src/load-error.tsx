import { Alert, Button } from 'antd';
import { useI18n } from './i18n/i18n-context';
import { serverErrorMessage } from './trpc/server-error-message';

/** A failed query in any app: the server's message, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={t('load.failed')}
      description={serverErrorMessage(error, t('load.unreachable'))}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('load.retry')}
          </Button>
        )
      }
    />
  );
}
