import { describe, expect, it } from 'vitest';
import { normalizeDate } from './date';

describe('normalizeDate', () => {
  it.each([
    ['2024-01-05', 'iso'],
    ['2024-1-5', 'iso'],
    ['2024/1/5', 'slash'],
    ['2024.01.05', 'dot'],
    ['2024年1月5日', 'chinese'],
    ['2024 年 1 月 5 号', 'chinese'],
    ['20240105', 'compact'],
    ['２０２４－０１－０５', 'iso'],
  ])('reads %s as 2024-01-05 (%s)', (input, form) => {
    expect(normalizeDate(input)).toEqual({
      ok: true,
      value: '2024-01-05',
      date: '2024-01-05',
      time: null,
      epochMs: null,
      offset: null,
      form,
    });
  });

  it('reads times as Asia/Shanghai wall-clock times', () => {
    const expected = { value: '2024-01-05T08:30:00+08:00', time: '08:30:00', epochMs: Date.UTC(2024, 0, 5, 0, 30) };
    for (const input of ['2024-01-05 08:30', '2024-01-05T08:30:00', '2024/1/5 8:30', '20240105083000', '20240105 0830', '2024年1月5日 8时30分']) {
      expect(normalizeDate(input)).toMatchObject(expected);
    }
  });

  it('converts times with an explicit zone into Shanghai time', () => {
    expect(normalizeDate('2024-01-05T20:00:00Z')).toMatchObject({
      value: '2024-01-06T04:00:00+08:00',
      date: '2024-01-06',
      epochMs: Date.UTC(2024, 0, 5, 20),
    });
    expect(normalizeDate('2024-01-05T08:30:15.250+09:00')).toMatchObject({ epochMs: Date.UTC(2024, 0, 4, 23, 30, 15, 250) });
  });

  it('knows the 1986–1991 daylight-saving summers', () => {
    expect(normalizeDate('1988-07-01 12:00')).toMatchObject({ value: '1988-07-01T12:00:00+09:00', offset: '+09:00' });
    expect(normalizeDate('1988-04-17 02:30')).toMatchObject({ code: 'date.time' });
  });

  it('reads Excel serial numbers, including the 1900 leap-year bug', () => {
    expect(normalizeDate('45000')).toMatchObject({ value: '2023-03-15', form: 'excel-1900' });
    expect(normalizeDate('1')).toMatchObject({ value: '1900-01-01' });
    expect(normalizeDate('59')).toMatchObject({ value: '1900-02-28' });
    expect(normalizeDate('60')).toMatchObject({ code: 'date.impossible' });
    expect(normalizeDate('61')).toMatchObject({ value: '1900-03-01' });
    expect(normalizeDate('45000.75')).toMatchObject({ value: '2023-03-15T18:00:00+08:00' });
    expect(normalizeDate('45000.99999999')).toMatchObject({ date: '2023-03-16', time: '00:00:00' });
    expect(normalizeDate('0')).toMatchObject({ code: 'date.excel_range' });
  });

  it('reads the 1904 system when asked', () => {
    expect(normalizeDate('0', { excelSystem: 1904 })).toMatchObject({ value: '1904-01-01', form: 'excel-1904' });
    expect(normalizeDate('43538', { excelSystem: 1904 })).toMatchObject({ value: '2023-03-15' });
  });

  it('rejects impossible dates and times', () => {
    expect(normalizeDate('2023-02-29')).toMatchObject({ code: 'date.impossible' });
    expect(normalizeDate('2024-13-01')).toMatchObject({ code: 'date.impossible' });
    expect(normalizeDate('2024年4月31日')).toMatchObject({ code: 'date.impossible' });
    expect(normalizeDate('20240230')).toMatchObject({ code: 'date.impossible' });
    expect(normalizeDate('2024-01-05 23:60')).toMatchObject({ code: 'date.time' });
    expect(normalizeDate('2024-01-05 soon')).toMatchObject({ code: 'date.format' });
    expect(normalizeDate('2024-01/05')).toMatchObject({ code: 'date.format' });
    expect(normalizeDate('')).toMatchObject({ code: 'input.empty' });
  });
});
