import { fail, type Result } from './result';
import { asText, foldWidth } from './text/fold';

// Motor-vehicle plates, GA 36-2018: province abbreviation, issuing-authority letter
// (no I or O), then 5 characters — or 6 for new-energy plates — or 4 and a suffix
// 挂 (trailer), 学 (coach), 警 (police), 港 / 澳 (Hong Kong / Macao cross-border, 粤Z).

export const PLATE_PROVINCES: Readonly<Record<string, { readonly name: string; readonly code: string }>> = {
  京: { name: '北京', code: '110000' },
  津: { name: '天津', code: '120000' },
  冀: { name: '河北', code: '130000' },
  晋: { name: '山西', code: '140000' },
  蒙: { name: '内蒙古', code: '150000' },
  辽: { name: '辽宁', code: '210000' },
  吉: { name: '吉林', code: '220000' },
  黑: { name: '黑龙江', code: '230000' },
  沪: { name: '上海', code: '310000' },
  苏: { name: '江苏', code: '320000' },
  浙: { name: '浙江', code: '330000' },
  皖: { name: '安徽', code: '340000' },
  闽: { name: '福建', code: '350000' },
  赣: { name: '江西', code: '360000' },
  鲁: { name: '山东', code: '370000' },
  豫: { name: '河南', code: '410000' },
  鄂: { name: '湖北', code: '420000' },
  湘: { name: '湖南', code: '430000' },
  粤: { name: '广东', code: '440000' },
  桂: { name: '广西', code: '450000' },
  琼: { name: '海南', code: '460000' },
  渝: { name: '重庆', code: '500000' },
  川: { name: '四川', code: '510000' },
  贵: { name: '贵州', code: '520000' },
  云: { name: '云南', code: '530000' },
  藏: { name: '西藏', code: '540000' },
  陕: { name: '陕西', code: '610000' },
  甘: { name: '甘肃', code: '620000' },
  青: { name: '青海', code: '630000' },
  宁: { name: '宁夏', code: '640000' },
  新: { name: '新疆', code: '650000' },
};

export type PlateType = 'ordinary' | 'new-energy' | 'trailer' | 'coach' | 'police' | 'hong-kong' | 'macao';

export interface PlateDetails {
  readonly province: string;
  readonly provinceName: string;
  readonly authority: string;
  readonly type: PlateType;
}

export type PlateResult = Result<string, PlateDetails>;

const SERIAL = '[A-HJ-NP-Z0-9]';
const ORDINARY = new RegExp(`^${SERIAL}{5}$`);
// New-energy: D/A/B/C/E pure electric, F/G/H/J/K other; small cars put the letter
// first, large vehicles last.
const NEW_ENERGY = new RegExp(`^(?:[A-HJK]${SERIAL}\\d{4}|\\d{5}[A-HJK])$`);
const WITH_SUFFIX = new RegExp(`^${SERIAL}{4}([挂学警港澳])$`);
const SUFFIX_TYPES: Record<string, PlateType> = { 挂: 'trailer', 学: 'coach', 警: 'police', 港: 'hong-kong', 澳: 'macao' };

export function normalizePlate(input: string): PlateResult {
  // Plates are often written with a dot or hyphen after the authority letter: 湘J·12345.
  const value = foldWidth(asText(input))
    .replace(/[\s·•・‧.\-_]/g, '')
    .toUpperCase();
  if (value === '') return fail('input.empty');
  const provinceChar = value[0] as string;
  const province = PLATE_PROVINCES[provinceChar];
  if (province === undefined) return fail('plate.province');
  const authority = value[1] ?? '';
  if (!/^[A-HJ-NP-Z]$/.test(authority)) return fail('plate.authority');

  const serial = value.slice(2);
  let type: PlateType | undefined;
  const suffix = WITH_SUFFIX.exec(serial);
  if (suffix) {
    type = SUFFIX_TYPES[suffix[1] as string];
    if ((type === 'hong-kong' || type === 'macao') && !value.startsWith('粤Z')) return fail('plate.format');
  } else if (ORDINARY.test(serial)) type = 'ordinary';
  else if (NEW_ENERGY.test(serial)) type = 'new-energy';
  if (type === undefined) return fail('plate.format');

  return { ok: true, value, province: provinceChar, provinceName: province.name, authority, type };
}
