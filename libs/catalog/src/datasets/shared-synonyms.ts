// Header spellings shared by many datasets. A dataset spreads these into a field's
// synonyms and adds the ones particular to its department (权利人证件号码, 驾驶证号 …).
// Pinyin abbreviations are the initials departments use in database exports (sfzh = 身份证号).

export const ID_NUMBER_SYNONYMS = [
  '公民身份号码',
  '公民身份证号码',
  '居民身份证号码',
  '身份证号',
  '身份证号码',
  '身份证',
  '身份证件号码',
  '身份号码',
  '证件号码',
  '证件号',
  'sfzh',
  'sfzhm',
  'gmsfhm',
  'zjhm',
  'idcard',
  'id_card',
  'id_no',
  'id_number',
  'identity_no',
  'citizen_id',
] as const;

export const PERSON_NAME_SYNONYMS = ['姓名', '名字', '人员姓名', 'xm', 'name', 'full_name', 'person_name'] as const;

export const REGION_CODE_SYNONYMS = [
  '行政区划代码',
  '行政区划',
  '区划代码',
  '行政区域代码',
  '行政区域',
  '所属区县',
  '所属区划',
  '所属地区',
  '所属区域',
  '区县',
  '县市区',
  'xzqh',
  'xzqhdm',
  'qhdm',
  'region',
  'region_code',
] as const;

export const ADDRESS_SYNONYMS = ['地址', '住址', '详细地址', 'dz', 'address', 'addr'] as const;

export const MONTH_SYNONYMS = [
  '月份',
  '发放月份',
  '所属月份',
  '发放年月',
  '年月',
  '所属期',
  '发放期间',
  'yf',
  'ffyf',
  'ffny',
  'month',
  'pay_month',
  'period',
] as const;

export const PAYMENT_AMOUNT_SYNONYMS = [
  '金额',
  '发放金额',
  '实发金额',
  '发放数额',
  '补助金额',
  'je',
  'ffje',
  'sfje',
  'amount',
  'amt',
  'pay_amount',
] as const;

export const USCC_SYNONYMS = [
  '统一社会信用代码',
  '社会信用代码',
  '信用代码',
  'tyshxydm',
  'shxydm',
  'uscc',
  'credit_code',
] as const;

export const PLATE_SYNONYMS = [
  '号牌号码',
  '车牌号码',
  '车牌号',
  '车牌',
  '号牌',
  'hphm',
  'cphm',
  'cph',
  'plate',
  'plate_no',
  'license_plate',
] as const;
