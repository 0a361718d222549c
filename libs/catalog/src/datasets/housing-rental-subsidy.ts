import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, MONTH_SYNONYMS, PAYMENT_AMOUNT_SYNONYMS, PERSON_NAME_SYNONYMS } from './shared-synonyms';

export const housingRentalSubsidy: DatasetSpec = {
  code: 'housing.rental_subsidy',
  version: 1,
  name: { zh: '住房租赁补贴发放信息', en: 'Rental subsidy payments' },
  provider: '住房保障服务中心',
  fields: [
    defineField('id_number', 'id_number', ['公民身份号码', 'Resident ID number'], [
      ...ID_NUMBER_SYNONYMS, '申请人身份证号', '申请人身份证号码', '保障对象身份证号', '保障对象身份证号码', '领取人身份证号',
      '承租人身份证号', '承租人身份证号码', '补贴对象身份证号',
    ], { required: true }),
    defineField('name', 'person_name', ['姓名', 'Name'], [
      ...PERSON_NAME_SYNONYMS, '申请人', '申请人姓名', '保障对象', '保障对象姓名', '领取人', '领取人姓名', '承租人', '承租人姓名',
      '补贴对象',
    ]),
    defineField('month', 'month', ['发放月份', 'Month'], [...MONTH_SYNONYMS, '补贴月份', '补贴发放月份', '补贴年月'], { required: true }),
    defineField('amount', 'amount', ['发放金额（元）', 'Amount (fen)'], [
      ...PAYMENT_AMOUNT_SYNONYMS, '补贴金额', '租赁补贴', '租赁补贴金额', '租金补贴', '租金补贴金额', '补贴发放金额', '发放补贴金额', 'btje',
    ], { required: true }),
  ],
  subjects: [{ role: 'recipient', subjectType: 'person', keyField: 'id_number', nameField: 'name' }],
  relations: [],
  validity: { kind: 'month', month: 'month' },
};
