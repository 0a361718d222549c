import { Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';

/** Replaces react-router's developer error screen with one meant for users. */
export function RouteErrorPage() {
  const { t } = useI18n();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : undefined;
  return <Result status="error" title={t('routeError.title')} subTitle={detail} />;
}
