import { fillPlaceholders, type Locale, type MessageParams, useI18n } from '@zhijian/ui';
import { useMemo } from 'react';
import { analysisEn } from './messages.en';
import { type AnalysisMessageKey, analysisZhCN } from './messages.zh-CN';

export type AnalysisTranslate = (key: AnalysisMessageKey, params?: MessageParams) => string;

export const analysisCatalogues: Record<Locale, Record<AnalysisMessageKey, string>> = { 'zh-CN': analysisZhCN, 'en-US': analysisEn };

/** The analysis app's own messages, in the language chosen with the shell's switch. */
export function useText() {
  const { locale } = useI18n();
  return useMemo(() => {
    const t: AnalysisTranslate = (key, params) => fillPlaceholders(analysisCatalogues[locale][key], params);
    return { locale, t };
  }, [locale]);
}
