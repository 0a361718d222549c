import { type DatasetSpec } from '../spec/types';
import { defineField } from './define-field';
import { ID_NUMBER_SYNONYMS, PLATE_SYNONYMS } from './shared-synonyms';

export const vehicleRegistration: DatasetSpec = {
  code: 'vehicle.registration',
  version: 1,
  name: { zh: '机动车登记信息', en: 'Vehicle registrations' },
  provider: '车管所',
  fields: [
    defineField('plate', 'plate', ['号牌号码', 'Plate number'], [...PLATE_SYNONYMS], { required: true }),
    defineField('owner_id_number', 'id_number', ['所有人身份证明号码', 'Owner ID number'], [
      ...ID_NUMBER_SYNONYMS, '身份证明号码', '所有人身份证明号码', '机动车所有人身份证明号码', '所有人身份证号', '所有人证件号码',
      '车主身份证号', '车主身份证号码', '车主证件号码', 'sfzmhm', 'owner_id_number', 'owner_id',
    ], { required: true }),
    defineField('owner_name', 'person_name', ['机动车所有人', 'Owner name'], [
      '机动车所有人', '所有人', '所有人姓名', '车主', '车主姓名', '姓名', 'syr', 'xm', 'owner', 'owner_name', 'name',
    ]),
    defineField('vehicle_type', 'string', ['车辆类型', 'Vehicle type'], [
      '车辆类型', '车辆种类', '车型', '车辆类别', 'cllx', 'vehicle_type', 'vehicle_class',
    ]),
    defineField('register_date', 'date', ['初次登记日期', 'Registration date'], [
      '初次登记日期', '初次登记时间', '注册登记日期', '登记日期', '初登日期', 'ccdjrq', 'djrq', 'register_date', 'registration_date',
    ], { required: true }),
    defineField('cancel_date', 'date', ['注销日期', 'Cancellation date'], [
      '注销日期', '注销时间', '注销登记日期', '转移日期', '转出日期', '报废日期', 'zxrq', 'cancel_date', 'cancelled_at',
    ]),
  ],
  subjects: [
    { role: 'vehicle', subjectType: 'vehicle', keyField: 'plate' },
    { role: 'owner', subjectType: 'person', keyField: 'owner_id_number', nameField: 'owner_name' },
  ],
  relations: [
    { type: 'vehicle_ownership', from: 'owner', to: 'vehicle', validFromField: 'register_date', validToField: 'cancel_date' },
  ],
  validity: { kind: 'period', from: 'register_date', to: 'cancel_date' },
};
