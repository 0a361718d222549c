import { useI18n } from '@zhijian/ui';
import { useMemo } from 'react';
import { translateWarning, type WarningTranslate } from './translate';

/**
 * The warning app's own messages, in the language chosen with the shell's switch.
 * They live beside the app rather than in libs/ui so the shared catalogue stays small.
 */
export function useText() {
  const { locale } = useI18n();
  return useMemo(() => {
    const t: WarningTranslate = (key, params) => translateWarning(locale, key, params);
    return { locale, t };
  }, [locale]);
}
