import { describe, expect, it } from 'vitest';
import { isRegionValidForBirthYear } from './birth-region';
import { normalizeRegion, regionNameOf } from './region';
import { regionByCode, regionDataFirstYear, regionDataLastYear } from './region-table';

describe('region data', () => {
  it('covers GB/T 2260 from 2002 to 2021 with validity years', () => {
    expect([regionDataFirstYear, regionDataLastYear]).toEqual([2002, 2021]);
    expect(regionByCode('430702')).toMatchObject({ name: '武陵区', validFrom: 0, validTo: 9999, current: true });
    expect(regionByCode('110103')).toMatchObject({ name: '崇文区', validTo: 2010, current: false });
    expect(regionByCode('330113')).toMatchObject({ name: '临平区', validFrom: 2016 });
  });

  it('holds the Changde counties named in the domain notes', () => {
    const changde = ['430702', '430703', '430721', '430722', '430723', '430724', '430725', '430726', '430781'];
    expect(changde.map(regionNameOf)).toEqual([
      '湖南省常德市武陵区',
      '湖南省常德市鼎城区',
      '湖南省常德市安乡县',
      '湖南省常德市汉寿县',
      '湖南省常德市澧县',
      '湖南省常德市临澧县',
      '湖南省常德市桃源县',
      '湖南省常德市石门县',
      '湖南省常德市津市市',
    ]);
  });

  it('skips placeholder rows in full names', () => {
    expect(regionNameOf('429004')).toBe('湖北省仙桃市');
    expect(regionNameOf('110101')).toBe('北京市东城区');
  });
});

describe('isRegionValidForBirthYear', () => {
  it('applies the birth year, or only the province outside the years held', () => {
    expect(isRegionValidForBirthYear(330113, 2015, 'birth-year')).toBe(false);
    expect(isRegionValidForBirthYear(330113, 2015, 'known')).toBe(true);
    expect(isRegionValidForBirthYear(430799, 1990, 'birth-year')).toBe(true);
    expect(isRegionValidForBirthYear(430799, 2010, 'birth-year')).toBe(false);
    expect(isRegionValidForBirthYear(430799, 2023, 'birth-year')).toBe(true);
    expect(isRegionValidForBirthYear(990799, 1990, 'birth-year')).toBe(false);
    expect(isRegionValidForBirthYear(430799, 2010, 'province')).toBe(true);
  });
});

describe('normalizeRegion', () => {
  it('turns codes into names', () => {
    expect(normalizeRegion('430702')).toEqual({
      ok: true,
      value: '430702',
      name: '武陵区',
      fullName: '湖南省常德市武陵区',
      level: 'county',
      provinceCode: '430000',
      current: true,
    });
    expect(normalizeRegion('4307')).toMatchObject({ value: '430700', level: 'city' });
    expect(normalizeRegion('43')).toMatchObject({ value: '430000', level: 'province' });
    expect(normalizeRegion('110103')).toMatchObject({ ok: true, current: false });
  });

  it('turns names and short names into codes', () => {
    expect(normalizeRegion('常德市')).toMatchObject({ value: '430700' });
    expect(normalizeRegion('常德')).toMatchObject({ value: '430700' });
    expect(normalizeRegion('湖南')).toMatchObject({ value: '430000' });
    expect(normalizeRegion('汉寿')).toMatchObject({ value: '430722' });
    expect(normalizeRegion('恩施州')).toMatchObject({ value: '422800' });
    expect(normalizeRegion('新疆')).toMatchObject({ value: '650000' });
    expect(normalizeRegion('内蒙古')).toMatchObject({ value: '150000' });
  });

  it('reports unknown and ambiguous names', () => {
    expect(normalizeRegion('朝阳区')).toMatchObject({ code: 'region.ambiguous' });
    expect(normalizeRegion('北京市朝阳区')).toMatchObject({ value: '110105' });
    expect(normalizeRegion('亚特兰蒂斯')).toMatchObject({ code: 'region.unknown' });
    expect(normalizeRegion('12345')).toMatchObject({ code: 'region.unknown' });
  });
});
