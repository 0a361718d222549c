import { describe, expect, it } from 'vitest';
import { translateLibrary } from '../i18n/translate';
import { dueDayText } from './frequency';

const zh = (key: Parameters<typeof translateLibrary>[1], params?: Record<string, string | number>) => translateLibrary('zh-CN', key, params);
const en = (key: Parameters<typeof translateLibrary>[1], params?: Record<string, string | number>) => translateLibrary('en-US', key, params);

describe('dueDayText', () => {
  it('says when a delivery is due in each period', () => {
    expect(dueDayText('monthly', 5, zh)).toBe('每月 5 日');
    expect(dueDayText('weekly', 3, zh)).toBe('每周三');
    expect(dueDayText('quarterly', 20, zh)).toBe('每季度首月 20 日');
    expect(dueDayText('yearly', 90, en)).toBe('Day 90 of each year');
  });

  it('shows the default the server applies when no due day is set', () => {
    expect(dueDayText('monthly', null, zh)).toBe('每月 10 日（默认）');
    expect(dueDayText('weekly', null, en)).toBe('Every Monday (default)');
    expect(dueDayText('daily', null, zh)).toBe('每日');
    expect(dueDayText('once', null, zh)).toBe('登记后 30 日内');
  });
});
