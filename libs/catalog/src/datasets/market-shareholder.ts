import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, USCC_SYNONYMS } from './shared-synonyms';

export const marketShareholder: DatasetSpec = {
  code: 'market.shareholder',
  version: 1,
  name: { zh: '企业股东（出资人）信息', en: 'Shareholders' },
  provider: '市场监督管理局',
  fields: [
    defineField('uscc', 'uscc', ['企业统一社会信用代码', 'Enterprise USCC'], [
      ...USCC_SYNONYMS, '企业统一社会信用代码', '企业信用代码', '公司统一社会信用代码', '主体统一社会信用代码', 'enterprise_uscc',
    ], { required: true }),
    defineField('holder_id_number', 'id_number', ['股东公民身份号码', 'Shareholder ID number'], [
      ...ID_NUMBER_SYNONYMS, '股东身份证号', '股东身份证号码', '股东证件号码', '自然人股东身份证号', '出资人身份证号',
      '出资人证件号码', '投资人身份证号', '投资人证件号码', 'gdsfzh', 'gdzjhm', 'holder_id_number', 'holder_id',
    ]),
    defineField('holder_uscc', 'uscc', ['股东统一社会信用代码', 'Shareholder USCC'], [
      '股东统一社会信用代码', '股东信用代码', '法人股东统一社会信用代码', '出资人统一社会信用代码', '投资人统一社会信用代码',
      '股东社会信用代码', 'gdtyshxydm', 'holder_uscc',
    ]),
    defineField('holder_name', 'string', ['股东名称', 'Shareholder name'], [
      '股东', '股东名称', '股东姓名', '股东(发起人)', '出资人', '出资人名称', '出资人姓名', '投资人', '投资人名称', '投资人姓名',
      'gdmc', 'holder', 'holder_name', 'shareholder', 'shareholder_name',
    ]),
    defineField('share_ratio', 'decimal', ['持股比例', 'Share ratio'], [
      '持股比例', '出资比例', '股权比例', '认缴出资比例', '实缴出资比例', '股份比例', '占股比例', '持股比例%', 'cgbl', 'czbl',
      'share_ratio', 'ratio', 'share_percent',
    ], { fraction: true, description: 'A fraction of 1: 35% and 0.35 are both stored as 0.35.' }),
    defineField('valid_from', 'date', ['持股起始日期', 'Valid from'], [
      '入股日期', '持股开始日期', '股权取得日期', '出资日期', '认缴出资日期', '生效日期', '起始日期', '开始日期', 'valid_from',
      'start_date',
    ]),
    defineField('valid_to', 'date', ['持股终止日期', 'Valid to'], [
      '退出日期', '退股日期', '转让日期', '股权转让日期', '持股结束日期', '失效日期', '终止日期', '结束日期', 'valid_to', 'end_date',
    ]),
  ],
  requireOneOf: [['holder_id_number', 'holder_uscc']],
  subjects: [
    { role: 'enterprise', subjectType: 'organization', keyField: 'uscc' },
    { role: 'holder_person', subjectType: 'person', keyField: 'holder_id_number', nameField: 'holder_name' },
    { role: 'holder_organization', subjectType: 'organization', keyField: 'holder_uscc', nameField: 'holder_name' },
  ],
  relations: [
    { type: 'shareholder', from: 'holder_person', to: 'enterprise', validFromField: 'valid_from', validToField: 'valid_to', attributeFields: { share_ratio: 'share_ratio' } },
    { type: 'shareholder', from: 'holder_organization', to: 'enterprise', validFromField: 'valid_from', validToField: 'valid_to', attributeFields: { share_ratio: 'share_ratio' } },
  ],
  validity: { kind: 'period', from: 'valid_from', to: 'valid_to' },
};
