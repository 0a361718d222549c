import { placeholdersOf } from '@zhijian/ui';
import { describe, expect, it } from 'vitest';
import { analysisEn } from './messages.en';
import { analysisZhCN } from './messages.zh-CN';

describe('analysis messages', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(analysisEn).sort()).toEqual(Object.keys(analysisZhCN).sort());
    for (const [key, zh] of Object.entries(analysisZhCN)) expect(placeholdersOf(analysisEn[key as keyof typeof analysisEn]), key).toEqual(placeholdersOf(zh));
  });
});
