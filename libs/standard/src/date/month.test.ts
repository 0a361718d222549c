import { describe, expect, it } from 'vitest';
import { normalizeMonth } from './month';

describe('normalizeMonth', () => {
  it.each(['2024-03', '2024-3', '202403', '2024/3', '2024.03', '2024年3月', '2024年03月份', '２０２４年３月'])(
    'reads %s as 2024-03',
    (input) => {
      expect(normalizeMonth(input)).toEqual({ ok: true, value: '2024-03', year: 2024, month: 3 });
    },
  );

  it('rejects impossible months and other text', () => {
    expect(normalizeMonth('2024-13')).toMatchObject({ code: 'month.impossible' });
    expect(normalizeMonth('202400')).toMatchObject({ code: 'month.impossible' });
    expect(normalizeMonth('2024-03-01')).toMatchObject({ code: 'month.format' });
    expect(normalizeMonth('')).toMatchObject({ code: 'input.empty' });
  });
});
