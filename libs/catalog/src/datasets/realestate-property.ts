import { type DatasetSpec } from '../spec/types';
import { defineField, enumValue } from './define-field';
import { ID_NUMBER_SYNONYMS, USCC_SYNONYMS } from './shared-synonyms';

// Codes for the planned use (规划用途) as the registry prints it; the collision models
// mostly ask "residential or not".
const PROPERTY_USAGE_VALUES = [
  enumValue('residential', ['住宅', 'Residential'], [
    '住宅', '住房', '成套住宅', '普通住宅', '非成套住宅', '城镇住宅用地/住宅', '住宅用地', '居住', '私有住宅', '商品住宅',
    '经济适用房', '经济适用住房', '房改房', '安置房', '别墅', 'residential', 'residence', 'housing',
  ]),
  enumValue('commercial_residential', ['商住', 'Commercial-residential'], ['商住', '商住两用', '公寓', '商务公寓', '酒店式公寓']),
  enumValue('commercial', ['商业', 'Commercial'], [
    '商业', '商服', '商业服务', '商铺', '商场', '门面', '店面', '营业用房', '商业用房', '商服用地', 'commercial', 'retail', 'shop',
  ]),
  enumValue('office', ['办公', 'Office'], ['办公', '写字楼', '办公用房', 'office']),
  enumValue('industrial', ['工业', 'Industrial'], ['工业', '厂房', '工业用房', '仓储', '仓库', '工业用地', 'industrial', 'warehouse']),
  enumValue('parking', ['车位', 'Parking'], ['车位', '车库', '停车位', '地下车位', '机动车库', 'parking', 'garage']),
  enumValue('other', ['其他', 'Other'], ['其他', '其它', '附属用房', '储藏室', '杂物间', 'other']),
];

export const realestateProperty: DatasetSpec = {
  code: 'realestate.property',
  version: 1,
  name: { zh: '不动产登记信息', en: 'Real-estate register' },
  provider: '不动产登记中心',
  fields: [
    defineField('certificate_no', 'certificate_no', ['不动产权证号', 'Certificate number'], [
      '不动产权证号', '不动产权证书号', '不动产权证号码', '不动产证号', '不动产权证书号码', '权证号', '产权证号', '房产证号',
      '房屋所有权证号', '证书号', '证书编号', '不动产单元号', 'bdcqzh', 'cqzh', 'zsh', 'certificate_no', 'cert_no',
    ], { required: true }),
    defineField('owner_id_number', 'id_number', ['权利人公民身份号码', 'Owner ID number'], [
      ...ID_NUMBER_SYNONYMS, '权利人证件号码', '权利人证件号', '权利人身份证号', '权利人身份证号码', '产权人身份证号',
      '产权人证件号码', '所有权人证件号码', '所有权人身份证号', '业主身份证号', 'qlrzjhm', 'owner_id_number', 'owner_id',
    ]),
    defineField('owner_uscc', 'uscc', ['权利人统一社会信用代码', 'Owner USCC'], [
      ...USCC_SYNONYMS, '权利人统一社会信用代码', '权利人信用代码', '产权单位统一社会信用代码', '单位统一社会信用代码', 'owner_uscc',
    ]),
    defineField('owner_name', 'string', ['权利人', 'Owner'], [
      '权利人', '权利人姓名', '权利人名称', '产权人', '产权人姓名', '所有权人', '所有权人姓名', '业主', '业主姓名', '姓名',
      '名称', 'qlr', 'qlrmc', 'owner', 'owner_name', 'name',
    ]),
    defineField('address', 'string', ['坐落', 'Location'], [
      '坐落', '房屋坐落', '不动产坐落', '坐落地址', '坐落位置', '房屋地址', '房产地址', '地址', 'zl', 'fwzl', 'address', 'location',
    ]),
    defineField('usage', 'enum', ['用途', 'Usage'], [
      '用途', '房屋用途', '规划用途', '设计用途', '不动产用途', '房屋性质', 'yt', 'ghyt', 'fwyt', 'usage', 'use', 'purpose',
    ], { enumValues: PROPERTY_USAGE_VALUES }),
    defineField('area_m2', 'decimal', ['建筑面积（平方米）', 'Floor area (m²)'], [
      '建筑面积', '房屋建筑面积', '面积', '房屋面积', '产权面积', '登记面积', 'jzmj', 'mj', 'area', 'area_m2', 'floor_area',
    ]),
    defineField('register_date', 'date', ['登记日期', 'Registration date'], [
      '登记日期', '登记时间', '登簿日期', '登簿时间', '发证日期', '取得日期', '产权登记日期', '登记簿日期', 'djrq', 'dbsj',
      'register_date', 'registered_at', 'registration_date',
    ], { required: true }),
    defineField('cancel_date', 'date', ['注销日期', 'Cancellation date'], [
      '注销日期', '注销时间', '注销登记日期', '转移日期', '过户日期', '转出日期', 'zxrq', 'zxsj', 'cancel_date', 'cancelled_at',
    ]),
  ],
  requireOneOf: [['owner_id_number', 'owner_uscc']],
  subjects: [
    { role: 'property', subjectType: 'property', keyField: 'certificate_no', nameField: 'address' },
    { role: 'owner_person', subjectType: 'person', keyField: 'owner_id_number', nameField: 'owner_name' },
    { role: 'owner_organization', subjectType: 'organization', keyField: 'owner_uscc', nameField: 'owner_name' },
  ],
  relations: [
    { type: 'ownership', from: 'owner_person', to: 'property', validFromField: 'register_date', validToField: 'cancel_date' },
    { type: 'ownership', from: 'owner_organization', to: 'property', validFromField: 'register_date', validToField: 'cancel_date' },
  ],
  validity: { kind: 'period', from: 'register_date', to: 'cancel_date' },
};
