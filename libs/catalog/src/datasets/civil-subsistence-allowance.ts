import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, MONTH_SYNONYMS, PAYMENT_AMOUNT_SYNONYMS, PERSON_NAME_SYNONYMS } from './shared-synonyms';

export const civilSubsistenceAllowance: DatasetSpec = {
  code: 'civil.subsistence_allowance',
  version: 1,
  name: { zh: '最低生活保障金发放信息', en: 'Subsistence allowance payments' },
  provider: '民政局',
  fields: [
    defineField('id_number', 'id_number', ['公民身份号码', 'Resident ID number'], [
      ...ID_NUMBER_SYNONYMS, '保障对象身份证号', '保障对象身份证号码', '低保对象身份证号', '户主身份证号', '户主身份证号码',
      '户主证件号码', '领取人身份证号', '救助对象身份证号',
    ], { required: true }),
    defineField('name', 'person_name', ['姓名', 'Name'], [
      ...PERSON_NAME_SYNONYMS, '户主', '户主姓名', '保障对象', '保障对象姓名', '低保对象', '低保对象姓名', '领取人', '救助对象',
    ]),
    defineField('month', 'month', ['发放月份', 'Month'], [...MONTH_SYNONYMS, '保障月份', '救助月份'], { required: true }),
    defineField('amount', 'amount', ['发放金额（元）', 'Amount (fen)'], [
      ...PAYMENT_AMOUNT_SYNONYMS, '低保金额', '低保金', '保障金额', '保障金', '月保障金', '月保障金额', '救助金额', '享受金额',
      '低保金发放金额', 'dbje', 'bzje',
    ], { required: true }),
  ],
  subjects: [{ role: 'recipient', subjectType: 'person', keyField: 'id_number', nameField: 'name' }],
  relations: [],
  validity: { kind: 'month', month: 'month' },
};
