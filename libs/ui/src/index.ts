// The surface the four front ends use. Everything else in libs/ui is internal.
export { renderApp, type AppRoute, type RenderAppOptions } from './render-app';
export { APP_NAMES, type AppName, appHref } from './apps';
export { SystemHome } from './pages/system-home';
export { useI18n } from './i18n/i18n-context';
export { fillPlaceholders, placeholdersOf, type Locale, type MessageParams } from './i18n/translate';
export { type MessageKey } from './i18n/messages.zh-CN';
export { useSession } from './session/session-context';
export { useTRPC } from './trpc/api-client';
export { serverErrorMessage } from './trpc/server-error-message';
export { type Me, type Role, type RouterOutputs } from './trpc/router-types';
export { LoadError } from './load-error';
export { downloadBase64, downloadBlob, downloadDataUrl } from './download';
