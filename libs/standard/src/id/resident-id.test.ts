import { describe, expect, it } from 'vitest';
import { pythonStdnumResidentIds, validatorJsResidentIds } from '../../test/fixtures/published-vectors';
import { normalizeResidentId } from './resident-id';
import { residentIdCheckCharacter } from './resident-id-check';

const now = new Date('2025-06-01T00:00:00+08:00');
/** A valid 18-character ID from its first 17 digits. */
const id = (first17: string): string => first17 + residentIdCheckCharacter(first17);

describe('normalizeResidentId — published vectors', () => {
  it.each([...pythonStdnumResidentIds, ...validatorJsResidentIds])('$input', (vector) => {
    const result = normalizeResidentId(vector.input, { now });
    expect(result.ok).toBe(vector.ok);
    if (result.ok && vector.value) expect(result.value).toBe(vector.value);
    if (!result.ok && vector.code) expect(result.code).toBe(vector.code);
  });
});

describe('normalizeResidentId', () => {
  it('derives birth date, sex and region', () => {
    expect(normalizeResidentId(id('43070219900101123'), { now })).toMatchObject({
      ok: true,
      birthDate: '1990-01-01',
      sex: 'male',
      regionCode: '430702',
      regionName: '湖南省常德市武陵区',
      upgraded: false,
    });
    expect(normalizeResidentId('44011320141005001x', { now })).toMatchObject({ sex: 'male', birthDate: '2014-10-05' });
    expect(normalizeResidentId('120103198806018241', { now })).toMatchObject({ sex: 'female' });
  });

  it('cleans spaces, full-width characters, lower-case x and an Excel apostrophe', () => {
    for (const messy of [
      ' 4401 1320 1410 0500 1x ',
      '４４０１１３２０１４１００５００１ｘ',
      '440113\u300020141005001X',
      "'44011320141005001X",
    ]) {
      expect(normalizeResidentId(messy, { now })).toMatchObject({ ok: true, value: '44011320141005001X' });
    }
  });

  it('upgrades 15-digit numbers by inserting 19 and computing the check', () => {
    expect(normalizeResidentId('110101491001001', { now })).toMatchObject({
      ok: true,
      value: '11010119491001001X',
      birthDate: '1949-10-01',
      upgraded: true,
    });
  });

  it('reports each failure with its code and both languages', () => {
    expect(normalizeResidentId('', { now })).toMatchObject({ ok: false, code: 'input.empty', message: '输入为空' });
    expect(normalizeResidentId('4301', { now })).toMatchObject({ code: 'id.length' });
    expect(normalizeResidentId('43070219900101123A', { now })).toMatchObject({ code: 'id.charset' });
    expect(normalizeResidentId('43070219900101123-', { now })).toMatchObject({ code: 'id.charset' });
    expect(normalizeResidentId('4307021990X1011239', { now })).toMatchObject({ code: 'id.charset' });
    expect(normalizeResidentId('430702199001011231', { now })).toMatchObject({
      code: 'id.checksum',
      messageEn: expect.stringContaining('MOD 11-2'),
    });
    expect(normalizeResidentId(id('43070219900230123'), { now })).toMatchObject({ code: 'id.birth_date' });
    expect(normalizeResidentId(id('43070218600101123'), { now })).toMatchObject({ code: 'id.birth_date' });
  });

  it('rejects birth dates in the future, relative to today in Shanghai', () => {
    const bornToday = id('43070220250602123');
    expect(normalizeResidentId(bornToday, { now: new Date('2025-06-01T23:00:00+08:00') })).toMatchObject({
      code: 'id.birth_date',
    });
    expect(normalizeResidentId(bornToday, { now: new Date('2025-06-02T00:30:00+08:00') })).toMatchObject({ ok: true });
  });

  it('checks the region code against the birth year', () => {
    // 330113 临平区 was created in 2021; it cannot appear on someone born in 1990.
    expect(normalizeResidentId(id('33011319900101123'), { now })).toMatchObject({ code: 'id.region' });
    expect(normalizeResidentId(id('33011320220101123'), { now })).toMatchObject({ ok: true, regionName: '浙江省杭州市临平区' });
    // 110103 崇文区 was merged away in 2010: fine for 1990, not for 2015.
    expect(normalizeResidentId(id('11010319900101123'), { now })).toMatchObject({ ok: true, regionName: '北京市崇文区' });
    expect(normalizeResidentId(id('11010320150101123'), { now })).toMatchObject({ code: 'id.region' });
    // Within 2002–2021 an unknown code is an error; outside it only the province is checked.
    expect(normalizeResidentId(id('43079920100101123'), { now })).toMatchObject({ code: 'id.region' });
    expect(normalizeResidentId(id('43079919800101123'), { now })).toMatchObject({ ok: true, regionName: null });
    expect(normalizeResidentId('990426199112010074', { now, regionCheck: 'province' })).toMatchObject({
      code: 'id.region',
    });
    expect(normalizeResidentId(id('33011319900101123'), { now, regionCheck: 'known' })).toMatchObject({ ok: true });
  });

  it('accepts residence permits of Hong Kong, Macao and Taiwan residents', () => {
    expect(normalizeResidentId(id('81000019940823002'), { now })).toMatchObject({ ok: true });
    expect(normalizeResidentId(id('83000019920130002'), { now })).toMatchObject({ ok: true });
  });

  it('never throws on values that are not strings', () => {
    expect(normalizeResidentId(undefined as unknown as string)).toMatchObject({ code: 'input.empty' });
    expect(normalizeResidentId(430702 as unknown as string)).toMatchObject({ code: 'id.length' });
  });
});
