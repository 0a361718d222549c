import { describe, expect, it } from 'vitest';
import { normalizeAmount } from './amount';

describe('normalizeAmount', () => {
  it.each([
    ['1,234.50', 123450],
    ['1234.5', 123450],
    ['300元', 30000],
    ['300.00元', 30000],
    ['0.12万元', 120000],
    ['3万', 3000000],
    ['1.5亿元', 15000000000],
    ['¥12.30', 1230],
    ['人民币 1,000,000.00 元', 100000000],
    ['１２３．４５', 12345],
    ['-5', -500],
    ['−5.01', -501],
    ['(1,234.50)', -123450],
    ['0', 0],
    ['-0.00', 0],
  ])('reads %s as %i fen', (input, fen) => {
    expect(normalizeAmount(input)).toMatchObject({ ok: true, value: fen });
  });

  it.each([
    ['壹佰元整', 10000],
    ['人民币壹佰贰拾叁元肆角伍分', 12345],
    ['壹万零伍元', 1000500],
    ['贰拾万元整', 20000000],
    ['叁万元', 3000000],
    ['壹佰元零伍分', 10005],
    ['伍角', 50],
    ['十二万三千元', 12300000],
    ['壹佰', 10000],
  ])('reads Chinese numerals %s as %i fen', (input, fen) => {
    expect(normalizeAmount(input)).toMatchObject({ ok: true, value: fen });
  });

  it('gives the amount in yuan with two decimals', () => {
    expect(normalizeAmount('-1,234.5')).toEqual({ ok: true, value: -123450, yuan: '-1234.50' });
    expect(normalizeAmount('0.12万元')).toMatchObject({ yuan: '1200.00' });
  });

  it('rejects sub-fen precision, overflow and text that is no amount', () => {
    expect(normalizeAmount('1.234')).toMatchObject({ code: 'amount.precision' });
    expect(normalizeAmount('0.1234567万元')).toMatchObject({ code: 'amount.precision' });
    expect(normalizeAmount('1.2300')).toMatchObject({ ok: true, value: 123 });
    expect(normalizeAmount('99999999999999999')).toMatchObject({ code: 'amount.range' });
    expect(normalizeAmount('一二元')).toMatchObject({ code: 'amount.format' });
    expect(normalizeAmount('1,2,3')).toMatchObject({ code: 'amount.format' });
    expect(normalizeAmount('12 apples')).toMatchObject({ code: 'amount.format' });
  });
});
