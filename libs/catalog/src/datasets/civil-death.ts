import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, PERSON_NAME_SYNONYMS } from './shared-synonyms';

export const civilDeath: DatasetSpec = {
  code: 'civil.death',
  version: 1,
  name: { zh: '死亡人员信息', en: 'Deaths' },
  provider: '民政局',
  fields: [
    defineField('id_number', 'id_number', ['死者公民身份号码', 'Resident ID number'], [
      ...ID_NUMBER_SYNONYMS, '死者身份证号', '死者身份证号码', '逝者身份证号', '逝者身份证号码', '死亡人员身份证号', '死亡人员身份证号码',
    ], { required: true }),
    defineField('name', 'person_name', ['姓名', 'Name'], [...PERSON_NAME_SYNONYMS, '死者姓名', '逝者姓名', '死亡人员姓名']),
    defineField('death_date', 'date', ['死亡日期', 'Date of death'], [
      '死亡日期', '死亡时间', '去世日期', '去世时间', '死亡年月日', 'swrq', 'swsj', 'death_date', 'date_of_death', 'died_on',
    ], { required: true }),
  ],
  subjects: [{ role: 'person', subjectType: 'person', keyField: 'id_number', nameField: 'name' }],
  relations: [],
  validity: { kind: 'event', at: 'death_date' },
};
