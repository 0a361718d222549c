import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, PERSON_NAME_SYNONYMS, USCC_SYNONYMS } from './shared-synonyms';

export const hrPublicOfficial: DatasetSpec = {
  code: 'hr.public_official',
  version: 1,
  name: { zh: '公职人员信息', en: 'Public officials' },
  provider: '组织部 / 人社局',
  fields: [
    defineField('id_number', 'id_number', ['公民身份号码', 'Resident ID number'], [...ID_NUMBER_SYNONYMS], { required: true }),
    defineField('name', 'person_name', ['姓名', 'Name'], [...PERSON_NAME_SYNONYMS, '干部姓名', '人员名称'], { required: true }),
    defineField('employer_name', 'string', ['工作单位', 'Employer'], [
      '工作单位', '单位名称', '所在单位', '任职单位', '单位', '现工作单位', 'gzdw', 'dwmc', 'employer',
      'employer_name', 'organization', 'org_name',
    ], { required: true }),
    defineField('employer_uscc', 'uscc', ['单位统一社会信用代码', 'Employer USCC'], [
      ...USCC_SYNONYMS, '单位统一社会信用代码', '单位信用代码', '单位社会信用代码', '单位代码', 'dwdm', 'employer_uscc',
    ], { required: true }),
    defineField('position', 'string', ['职务', 'Position'], [
      '职务', '现任职务', '职位', '岗位', '职务名称', 'zw', 'position', 'post', 'job_title', 'title',
    ]),
    defineField('rank', 'string', ['职级', 'Rank'], ['职级', '级别', '职务级别', '职级层次', '职务层次', 'zj', 'rank', 'grade', 'level']),
    defineField('start_date', 'date', ['任职日期', 'Start date'], [
      '任职日期', '任职时间', '任现职时间', '任现职日期', '任职开始日期', '入职日期', '入职时间', '开始日期', '起始日期',
      'rzrq', 'rzsj', 'start_date', 'from_date',
    ]),
    defineField('end_date', 'date', ['离任日期', 'End date'], [
      '离任日期', '离任时间', '免职日期', '免职时间', '离职日期', '离职时间', '任职结束日期', '结束日期', '终止日期',
      'lrrq', 'lzrq', 'end_date', 'to_date',
    ]),
  ],
  subjects: [
    { role: 'official', subjectType: 'person', keyField: 'id_number', nameField: 'name' },
    { role: 'employer', subjectType: 'organization', keyField: 'employer_uscc', nameField: 'employer_name' },
  ],
  relations: [
    { type: 'employment', from: 'official', to: 'employer', validFromField: 'start_date', validToField: 'end_date', attributeFields: { position: 'position', rank: 'rank' } },
  ],
  validity: { kind: 'period', from: 'start_date', to: 'end_date' },
};
