import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
// The ES builds: `antd/locale/*` are CommonJS and would pull a second copy of antd's locale code into the bundle.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { type ReactNode, useState } from 'react';
import { I18nProvider, useI18n } from './i18n/i18n-context';
import { type Locale } from './i18n/translate';
import { TRPCProvider, createApiClient, createAppQueryClient } from './trpc/api-client';

const antdLocales = { 'zh-CN': zhCN, 'en-US': enUS } satisfies Record<Locale, unknown>;

const theme: ThemeConfig = {
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** Everything a page needs around it: language, Ant Design, React Query and the tRPC client. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createAppQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <I18nProvider>
      <LocalizedAntd>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {children}
          </TRPCProvider>
        </QueryClientProvider>
      </LocalizedAntd>
    </I18nProvider>
  );
}
