import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { FAMILY_RELATION_VALUES } from './shared-enums';
import { ID_NUMBER_SYNONYMS } from './shared-synonyms';

export const populationFamily: DatasetSpec = {
  code: 'population.family',
  version: 1,
  name: { zh: '家庭关系', en: 'Family relations' },
  provider: '公安局 / 民政局',
  fields: [
    defineField('id_number', 'id_number', ['本人公民身份号码', 'Resident ID number'], [
      ...ID_NUMBER_SYNONYMS, '本人身份证号', '本人身份证号码', '本人证件号码', 'brsfzh',
    ], { required: true }),
    defineField('related_id_number', 'id_number', ['关系人公民身份号码', 'Related person ID number'], [
      '关系人身份证号', '关系人身份证号码', '关系人证件号码', '关系人公民身份号码', '亲属身份证号', '亲属身份证号码',
      '亲属证件号码', '家庭成员身份证号', '家庭成员身份证号码', '成员身份证号', '配偶身份证号', 'gxrsfzh', 'qssfzh',
      'related_id_number', 'related_id', 'relative_id', 'relative_id_number',
    ], { required: true }),
    defineField('relation', 'enum', ['关系', 'Relation'], [
      '关系', '与本人关系', '亲属关系', '家庭关系', '关系类型', '称谓', 'gx', 'relation', 'relationship', 'relation_type',
    ], {
      required: true,
      enumValues: FAMILY_RELATION_VALUES,
      description: 'How the related person stands to the person: spouse = the related person is the spouse.',
    }),
    defineField('valid_from', 'date', ['关系起始日期', 'Valid from'], [
      '起始日期', '开始日期', '生效日期', '关系建立日期', '登记日期', 'qsrq', 'valid_from', 'start_date',
    ]),
    defineField('valid_to', 'date', ['关系终止日期', 'Valid to'], [
      '终止日期', '结束日期', '失效日期', '解除日期', '关系解除日期', 'zzrq', 'valid_to', 'end_date',
    ]),
  ],
  subjects: [
    { role: 'person', subjectType: 'person', keyField: 'id_number' },
    { role: 'relative', subjectType: 'person', keyField: 'related_id_number' },
  ],
  relations: [
    {
      type: 'family',
      from: 'person',
      to: 'relative',
      validFromField: 'valid_from',
      validToField: 'valid_to',
      attributeFields: { relation: 'relation' },
    },
  ],
  validity: { kind: 'period', from: 'valid_from', to: 'valid_to' },
};
