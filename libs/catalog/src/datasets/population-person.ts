import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { GENDER_VALUES } from './shared-enums';
import { ADDRESS_SYNONYMS, ID_NUMBER_SYNONYMS, PERSON_NAME_SYNONYMS, REGION_CODE_SYNONYMS } from './shared-synonyms';

export const populationPerson: DatasetSpec = {
  code: 'population.person',
  version: 1,
  name: { zh: '人口基础信息', en: 'Population register' },
  provider: '公安局',
  fields: [
    defineField('id_number', 'id_number', ['公民身份号码', 'Resident ID number'], [...ID_NUMBER_SYNONYMS], { required: true }),
    defineField('name', 'person_name', ['姓名', 'Name'], [...PERSON_NAME_SYNONYMS], { required: true }),
    defineField('gender', 'enum', ['性别', 'Gender'], ['性别', 'xb', 'sex', 'gender'], { enumValues: GENDER_VALUES }),
    defineField('birth_date', 'date', ['出生日期', 'Birth date'], [
      '出生日期', '出生年月日', '生日', 'csrq', 'birth_date', 'birthday', 'dob', 'date_of_birth',
    ]),
    defineField('address', 'string', ['住址', 'Address'], [
      ...ADDRESS_SYNONYMS, '户籍地址', '户籍住址', '户籍地', '住所', '现住址', '居住地址', '家庭住址', 'zz', 'hjdz',
    ]),
    defineField('region_code', 'region_code', ['户籍所在区划', 'Region code'], [...REGION_CODE_SYNONYMS, '户籍所在区划', '户籍区划']),
  ],
  subjects: [{ role: 'person', subjectType: 'person', keyField: 'id_number', nameField: 'name' }],
  relations: [],
  // A register extract is a snapshot: it says who exists, not over which period.
  validity: { kind: 'none' },
};
