import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, PERSON_NAME_SYNONYMS, PLATE_SYNONYMS } from './shared-synonyms';

export const trafficDuiCase: DatasetSpec = {
  code: 'traffic.dui_case',
  version: 1,
  name: { zh: '酒驾醉驾案件信息', en: 'Drink- and drunk-driving cases' },
  provider: '公安交警支队',
  fields: [
    defineField('case_no', 'string', ['案件编号', 'Case number'], [
      '案件编号', '案件号', '案号', '决定书编号', '处罚决定书编号', '立案编号', '文书编号', 'ajbh', 'jdsbh', 'case_no', 'case_id',
    ], { required: true }),
    // A Chinese driving licence number is the holder's resident ID number.
    defineField('id_number', 'id_number', ['当事人公民身份号码', 'Resident ID number'], [
      ...ID_NUMBER_SYNONYMS, '当事人身份证号', '当事人身份证号码', '当事人证件号码', '驾驶人身份证号', '驾驶人身份证号码',
      '驾驶证号', '驾驶证号码', '驾驶证', 'jszh', 'dsrsfzh',
    ], { required: true }),
    defineField('name', 'person_name', ['当事人', 'Name'], [
      ...PERSON_NAME_SYNONYMS, '当事人', '当事人姓名', '驾驶人', '驾驶人姓名', '违法人', '违法人姓名', 'dsr', 'jsr',
    ]),
    defineField('plate', 'plate', ['号牌号码', 'Plate number'], [...PLATE_SYNONYMS]),
    defineField('occurred_at', 'datetime', ['违法时间', 'Occurred at'], [
      '违法时间', '违法日期', '查获时间', '查获日期', '案发时间', '案发日期', '发生时间', '查处时间', 'wfsj', 'occurred_at',
      'offence_time', 'occurred_on',
    ], { required: true }),
    defineField('bac_mg_100ml', 'decimal', ['血液酒精含量（mg/100ml）', 'Blood alcohol (mg/100ml)'], [
      '血液酒精含量', '血液中酒精含量', '血醇含量', '酒精含量', '呼气酒精含量', '酒精检测值', '检测结果', 'jjhl', 'bac',
      'bac_mg_100ml', 'alcohol',
    ], { description: '20 mg/100ml is drink driving, 80 drunk driving.' }),
  ],
  subjects: [
    { role: 'offender', subjectType: 'person', keyField: 'id_number', nameField: 'name' },
    { role: 'vehicle', subjectType: 'vehicle', keyField: 'plate' },
  ],
  relations: [],
  validity: { kind: 'event', at: 'occurred_at' },
};
