import { type DatasetSpec } from '../spec/types';
import { defineField, enumValue } from './define-field';
import { ID_NUMBER_SYNONYMS, PERSON_NAME_SYNONYMS } from './shared-synonyms';

const APPLICATION_STATUS_VALUES = [
  enumValue('pending', ['审核中', 'Pending'], [
    '待审核', '审核中', '待审批', '审批中', '已受理', '受理', '待受理', '公示中', '初审', '复审', '已提交', 'pending',
  ]),
  enumValue('approved', ['已通过', 'Approved'], [
    '已通过', '通过', '审核通过', '审批通过', '已批准', '批准', '已审核', '轮候中', '轮候', '待配租', 'approved',
  ]),
  enumValue('allocated', ['已配租', 'Allocated'], ['已配租', '配租', '已入住', '在租', '已签约', 'allocated']),
  enumValue('rejected', ['未通过', 'Rejected'], ['未通过', '不通过', '审核不通过', '驳回', '已驳回', '不予受理', '拒绝', 'rejected']),
  enumValue('exited', ['已退出', 'Exited'], ['已退出', '退出', '清退', '已清退', '撤回', '已撤回', '撤销', '已撤销', '注销', 'exited', 'withdrawn']),
];

export const housingRentalApplication: DatasetSpec = {
  code: 'housing.rental_application',
  version: 1,
  name: { zh: '公租房申请信息', en: 'Public rental housing applications' },
  provider: '住房和城乡建设局',
  fields: [
    defineField('application_no', 'string', ['申请编号', 'Application number'], [
      '申请编号', '申请号', '申请单号', '受理编号', '受理号', '业务编号', '业务号', 'sqbh', 'slbh', 'application_no', 'application_id',
      'apply_no',
    ], { required: true }),
    defineField('id_number', 'id_number', ['申请人公民身份号码', 'Applicant ID number'], [
      ...ID_NUMBER_SYNONYMS, '申请人身份证号', '申请人身份证号码', '申请人证件号码', '主申请人身份证号', '主申请人身份证号码',
      'sqrsfzh', 'applicant_id_number',
    ], { required: true }),
    defineField('name', 'person_name', ['申请人', 'Applicant'], [
      ...PERSON_NAME_SYNONYMS, '申请人', '申请人姓名', '主申请人', '主申请人姓名', 'sqr', 'sqrxm', 'applicant', 'applicant_name',
    ], { required: true }),
    defineField('household_size', 'integer', ['家庭人口', 'Household size'], [
      '家庭人口', '家庭人口数', '家庭人数', '家庭成员人数', '家庭成员数', '户内人口', '人口数', '共同居住人数', 'jtrk', 'jtrks',
      'household_size', 'family_size',
    ]),
    defineField('household_income_monthly', 'amount', ['家庭月收入', 'Household monthly income'], [
      '家庭月收入', '家庭月总收入', '家庭月均收入', '月收入', '月均收入', '家庭收入(月)', 'jtysr', 'household_income_monthly',
      'monthly_income', 'household_income',
    ]),
    defineField('co_applicant_id_numbers', 'id_number_list', ['共同申请人公民身份号码', 'Co-applicant ID numbers'], [
      '共同申请人身份证号', '共同申请人身份证号码', '共同申请人证件号码', '共同申请人公民身份号码', '共同申请人', '家庭成员身份证号',
      '家庭成员身份证号码', '家庭成员证件号码', 'gtsqrsfzh', 'co_applicant_id_numbers', 'co_applicant_ids', 'co_applicants',
    ], { description: 'Several resident IDs in one cell, separated by commas, semicolons, 、 or line breaks.' }),
    defineField('apply_date', 'date', ['申请日期', 'Application date'], [
      '申请日期', '申请时间', '受理日期', '受理时间', '提交日期', '申请提交日期', 'sqrq', 'slrq', 'apply_date', 'application_date',
    ], { required: true }),
    defineField('status', 'enum', ['审核状态', 'Status'], [
      '审核状态', '申请状态', '状态', '办理状态', '审批状态', '审批结果', '审核结果', 'zt', 'shzt', 'status', 'state',
    ], { enumValues: APPLICATION_STATUS_VALUES }),
  ],
  subjects: [
    { role: 'applicant', subjectType: 'person', keyField: 'id_number', nameField: 'name' },
    { role: 'co_applicant', subjectType: 'person', keyField: 'co_applicant_id_numbers' },
  ],
  relations: [{ type: 'co_applicant', from: 'applicant', to: 'co_applicant' }],
  validity: { kind: 'event', at: 'apply_date' },
};
