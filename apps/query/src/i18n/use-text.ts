import { useI18n } from '@zhijian/ui';
import { useMemo } from 'react';
import { type QueryTranslate, translateQuery } from './translate';

/** The query app's own messages, in the language chosen with the shell's switch. */
export function useText() {
  const { locale } = useI18n();
  return useMemo(() => {
    const t: QueryTranslate = (key, params) => translateQuery(locale, key, params);
    return { locale, t };
  }, [locale]);
}
