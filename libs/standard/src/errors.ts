// Every failure a normalizer can return, with a stable code and a message in both
// languages. Codes are part of the public contract (stored in quality reports, printed
// by the CLI): add new ones, never rename.

export const errorMessages = {
  'input.empty': { zh: '输入为空', en: 'The input is empty' },

  'id.length': {
    zh: '身份证号码应为18位（或15位旧号码）',
    en: 'A resident ID has 18 characters (or 15 in the pre-1999 form)',
  },
  'id.charset': {
    zh: '身份证号码只能由数字组成，最后一位可以是X',
    en: 'A resident ID contains only digits, with an optional final X',
  },
  'id.checksum': {
    zh: '身份证号码校验码错误',
    en: 'The resident ID check character does not match (ISO 7064 MOD 11-2)',
  },
  'id.birth_date': {
    zh: '身份证号码中的出生日期无效（日期不存在、晚于今天或早于1870年）',
    en: 'The birth date in the resident ID is impossible, in the future or before 1870',
  },
  'id.region': {
    zh: '身份证号码中的地区代码在出生年份不是有效的行政区划代码',
    en: 'The region code in the resident ID was not a valid GB/T 2260 code in the birth year',
  },

  'uscc.length': { zh: '统一社会信用代码应为18位', en: 'A unified social credit code has 18 characters' },
  'uscc.charset': {
    zh: '统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）',
    en: 'The unified social credit code has a character outside 0-9A-HJ-NPQRTUWXY',
  },
  'uscc.region': {
    zh: '统一社会信用代码第3至8位不是有效的行政区划代码',
    en: 'Characters 3–8 of the unified social credit code are not a valid region code',
  },
  'uscc.org_code': {
    zh: '统一社会信用代码中的组织机构代码（第9至17位）校验错误',
    en: 'The organization code inside the unified social credit code (characters 9–17) fails its GB 11714 check',
  },
  'uscc.checksum': {
    zh: '统一社会信用代码校验码错误',
    en: 'The unified social credit code check character does not match (MOD 31)',
  },

  'org.length': {
    zh: '组织机构代码应为9位（可写作“8位-1位”）',
    en: 'An organization code has 9 characters (8, a hyphen, then the check)',
  },
  'org.charset': {
    zh: '组织机构代码只能由数字和大写字母组成',
    en: 'An organization code contains only digits and capital letters',
  },
  'org.checksum': {
    zh: '组织机构代码校验码错误',
    en: 'The organization code check character does not match (GB 11714)',
  },

  'phone.format': { zh: '无法识别的电话号码', en: 'Not a recognizable phone number' },
  'phone.mobile': {
    zh: '手机号码应为11位，以13至19开头',
    en: 'A mobile number has 11 digits starting with 13–19',
  },
  'phone.area_code': {
    zh: '固定电话缺少区号或区号无效',
    en: 'The landline number has no valid area code',
  },

  'plate.format': { zh: '车牌号码不符合GA 36格式', en: 'The plate number does not follow GA 36' },
  'plate.province': { zh: '车牌号码的省份简称无效', en: 'The plate number does not start with a province abbreviation' },
  'plate.authority': {
    zh: '车牌号码的发牌机关代号无效（应为字母，不使用I、O）',
    en: 'The issuing-authority letter of the plate is invalid (a letter other than I or O)',
  },

  'certificate.charset': {
    zh: '证件号码含有控制字符或不允许的符号',
    en: 'The certificate number contains control characters or disallowed symbols',
  },

  'name.charset': { zh: '姓名含有数字或不允许的符号', en: 'The name contains digits or disallowed symbols' },
  'name.length': { zh: '姓名过长（超过64个字符）', en: 'The name is longer than 64 characters' },

  'date.format': { zh: '无法识别的日期格式', en: 'Not a recognizable date format' },
  'date.impossible': { zh: '日期不存在', en: 'The date does not exist' },
  'date.time': { zh: '时间无效或在北京时间中不存在', en: 'The time is invalid or does not exist in Asia/Shanghai' },
  'date.excel_range': { zh: 'Excel日期序列号超出范围', en: 'The Excel serial number is out of range' },

  'month.format': { zh: '无法识别的月份格式', en: 'Not a recognizable month format' },
  'month.impossible': { zh: '月份不存在（应为1至12月）', en: 'The month does not exist (1–12)' },

  'amount.format': { zh: '无法识别的金额', en: 'Not a recognizable amount' },
  'amount.precision': { zh: '金额精确到分以下', en: 'The amount is more precise than one fen (0.01 yuan)' },
  'amount.range': { zh: '金额超出可表示范围', en: 'The amount is too large to represent exactly' },

  'region.unknown': { zh: '未找到对应的行政区划', en: 'No GB/T 2260 region matches' },
  'region.ambiguous': {
    zh: '名称对应多个行政区划，请补充上级地区',
    en: 'The name matches several regions; add the province or city',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export type Locale = 'zh' | 'en';

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

export function describeError(code: ErrorCode, locale: Locale = 'zh'): string {
  return errorMessages[code][locale];
}
