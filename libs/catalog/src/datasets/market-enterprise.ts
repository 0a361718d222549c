import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, REGION_CODE_SYNONYMS, USCC_SYNONYMS } from './shared-synonyms';

export const marketEnterprise: DatasetSpec = {
  code: 'market.enterprise',
  version: 1,
  name: { zh: '市场主体登记信息', en: 'Enterprise register' },
  provider: '市场监督管理局',
  fields: [
    defineField('uscc', 'uscc', ['统一社会信用代码', 'Unified social credit code'], [
      ...USCC_SYNONYMS, '企业统一社会信用代码', '注册号/统一社会信用代码', '统一代码', 'enterprise_uscc',
    ], { required: true }),
    defineField('name', 'string', ['企业名称', 'Enterprise name'], [
      '企业名称', '名称', '单位名称', '市场主体名称', '主体名称', '公司名称', '企业(机构)名称', 'qymc', 'dwmc', 'name',
      'company_name', 'enterprise_name',
    ], { required: true }),
    defineField('legal_rep_name', 'person_name', ['法定代表人', 'Legal representative'], [
      '法定代表人', '法定代表人姓名', '法人', '法人代表', '法人姓名', '法定代表人(负责人)', '负责人', '负责人姓名', '经营者',
      '经营者姓名', '投资人', 'fddbr', 'frdb', 'legal_rep', 'legal_rep_name', 'legal_representative',
    ]),
    defineField('legal_rep_id_number', 'id_number', ['法定代表人公民身份号码', 'Legal representative ID number'], [
      ...ID_NUMBER_SYNONYMS, '法定代表人身份证号', '法定代表人身份证号码', '法定代表人证件号码', '法人身份证号', '法人身份证号码',
      '法人证件号码', '负责人身份证号', '负责人证件号码', '经营者身份证号', '经营者证件号码', 'fddbrsfzh', 'frsfzh',
      'legal_rep_id_number', 'legal_rep_id',
    ], { required: true }),
    defineField('established_date', 'date', ['成立日期', 'Established'], [
      '成立日期', '成立时间', '注册日期', '设立日期', '开业日期', '登记日期', 'clrq', 'established_date', 'founded', 'registration_date',
    ]),
    defineField('deregistered_date', 'date', ['注销日期', 'Deregistered'], [
      '注销日期', '注销时间', '吊销日期', '注销/吊销日期', '吊销注销日期', 'zxrq', 'deregistered_date', 'cancel_date',
    ]),
    defineField('region_code', 'region_code', ['所属区划', 'Region code'], [...REGION_CODE_SYNONYMS, '登记机关区划', '住所所在区划']),
  ],
  subjects: [
    { role: 'enterprise', subjectType: 'organization', keyField: 'uscc', nameField: 'name' },
    { role: 'legal_representative', subjectType: 'person', keyField: 'legal_rep_id_number', nameField: 'legal_rep_name' },
  ],
  relations: [
    // The register is a snapshot of today's representative; the enterprise's lifetime is
    // the best period it offers.
    { type: 'legal_representative', from: 'legal_representative', to: 'enterprise', validFromField: 'established_date', validToField: 'deregistered_date' },
  ],
  validity: { kind: 'period', from: 'established_date', to: 'deregistered_date' },
};
