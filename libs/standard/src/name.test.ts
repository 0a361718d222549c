import { describe, expect, it } from 'vitest';
import { normalizeName } from './name';

describe('normalizeName', () => {
  it('removes inner spaces from Chinese names and keeps the original', () => {
    expect(normalizeName(' 张 三 ')).toEqual({
      ok: true,
      value: '张三',
      original: ' 张 三 ',
      simplified: '张三',
      pinyin: 'zhang san',
      initials: 'zs',
    });
  });

  it('unifies middle dots', () => {
    for (const input of ['阿卜杜·热合曼', '阿卜杜•热合曼', '阿卜杜・热合曼', '阿卜杜‧热合曼', '阿卜杜 ･ 热合曼']) {
      expect(normalizeName(input)).toMatchObject({ ok: true, value: '阿卜杜·热合曼' });
    }
  });

  it('folds full width and collapses spaces in Latin names', () => {
    expect(normalizeName('ＺＨＡＮＧ　 San')).toMatchObject({ value: 'ZHANG San', pinyin: 'zhang san', initials: 'zs' });
  });

  it('keeps traditional characters as given, with a simplified matching key', () => {
    expect(normalizeName('黃誌明')).toMatchObject({ value: '黃誌明', simplified: '黄志明', pinyin: 'huang zhi ming' });
  });

  it('reads surnames as surnames', () => {
    expect(normalizeName('单雄信')).toMatchObject({ pinyin: 'shan xiong xin', initials: 'sxx' });
    expect(normalizeName('尉迟恭')).toMatchObject({ pinyin: 'yu chi gong' });
    expect(normalizeName('曾单')).toMatchObject({ pinyin: 'zeng dan' });
    expect(normalizeName('吕布')).toMatchObject({ pinyin: 'lv bu' });
  });

  it('rejects digits, symbols and overly long names', () => {
    expect(normalizeName('张三1')).toMatchObject({ code: 'name.charset' });
    expect(normalizeName('张三@')).toMatchObject({ code: 'name.charset' });
    expect(normalizeName(' ')).toMatchObject({ code: 'input.empty' });
    expect(normalizeName('a'.repeat(65))).toMatchObject({ code: 'name.length' });
  });
});
