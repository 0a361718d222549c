import { type DatasetSpec } from '../spec/types';
import { defineField, enumValue } from './define-field';
import { SATISFACTION_VALUES } from './shared-enums';
import { ADDRESS_SYNONYMS, REGION_CODE_SYNONYMS } from './shared-synonyms';

// The 12345 flow: accept → transfer → sign for → handle → callback → close → archive.
const TICKET_STATUS_VALUES = [
  enumValue('accepted', ['已受理', 'Accepted'], ['已受理', '受理', '待受理', '待派单', '新建', '已登记', '待处理', 'accepted']),
  enumValue('transferred', ['已转办', 'Transferred'], ['已转办', '转办', '已派单', '派单', '已交办', '交办', '已派发', 'transferred']),
  enumValue('signed', ['已签收', 'Signed for'], ['已签收', '签收', '待办理', 'signed']),
  enumValue('in_progress', ['办理中', 'In progress'], ['办理中', '处理中', '在办', '正在办理', '延期办理', '已延期', 'in_progress']),
  enumValue('returned', ['已退回', 'Returned'], ['已退回', '退回', '退单', '回退', '申请退回', 'returned']),
  enumValue('replied', ['已办理', 'Replied'], ['已办理', '已答复', '已回复', '待回访', '已反馈', 'replied']),
  enumValue('callback', ['已回访', 'Called back'], ['已回访', '回访', '回访中', 'callback']),
  enumValue('closed', ['已办结', 'Closed'], ['已办结', '办结', '已完成', '完成', '已结案', '结案', '已关闭', '关闭', 'closed']),
  enumValue('archived', ['已归档', 'Archived'], ['已归档', '归档', 'archived']),
];

export const hotlineTicket: DatasetSpec = {
  code: 'hotline.ticket',
  // v2: callers are matched to known persons by name and region (v1 asserted no subject).
  version: 2,
  name: { zh: '12345热线工单', en: '12345 hotline tickets' },
  provider: '12345市长热线',
  fields: [
    defineField('ticket_no', 'string', ['工单编号', 'Ticket number'], [
      '工单编号', '工单号', '工单编码', '受理编号', '受理号', '诉求编号', '流水号', '编号', 'gdbh', 'ticket_no', 'ticket_id', 'order_no',
    ], { required: true }),
    defineField('received_at', 'datetime', ['受理时间', 'Received at'], [
      '受理时间', '来电时间', '来件时间', '登记时间', '接收时间', '创建时间', '诉求时间', '受理日期', '来电日期', 'slsj', 'ldsj',
      'received_at', 'create_time', 'created_at',
    ], { required: true }),
    defineField('caller_phone', 'phone', ['来电号码', 'Caller phone'], [
      '来电号码', '来电人电话', '诉求人电话', '联系电话', '联系方式', '手机号码', '手机号', '电话', '电话号码', 'ldhm', 'lxdh',
      'caller_phone', 'phone', 'tel', 'mobile',
    ]),
    defineField('caller_name', 'person_name', ['来电人', 'Caller'], [
      '来电人', '来电人姓名', '诉求人', '诉求人姓名', '联系人', '联系人姓名', '反映人', '姓名', 'ldr', 'caller', 'caller_name', 'name',
    ]),
    defineField('category', 'string', ['诉求类型', 'Category'], [
      '诉求类型', '工单类型', '问题分类', '问题类型', '一级分类', '业务类别', '业务类型', '类别', '分类', '类型', 'sqlx', 'category', 'type',
    ]),
    defineField('subcategory', 'string', ['诉求子类', 'Subcategory'], [
      '诉求子类', '问题子类', '二级分类', '子类', '小类', '细类', 'subcategory', 'sub_category',
    ]),
    defineField('region_code', 'region_code', ['所属区县', 'Region code'], [...REGION_CODE_SYNONYMS, '事发区县', '事发区域', '诉求区域']),
    defineField('address', 'string', ['事发地址', 'Address'], [
      ...ADDRESS_SYNONYMS, '事发地址', '事发地点', '诉求地址', '问题地址', '发生地点', '发生地址', 'sfdz', 'location',
    ]),
    defineField('content', 'text', ['诉求内容', 'Content'], [
      '诉求内容', '来电内容', '工单内容', '反映内容', '问题描述', '诉求描述', '事项描述', '内容', 'sqnr', 'content', 'description',
    ], { required: true }),
    defineField('assigned_department', 'string', ['承办单位', 'Assigned department'], [
      '承办单位', '承办部门', '办理单位', '办理部门', '责任单位', '责任部门', '交办单位', '主办单位', '派发单位', 'cbdw', 'bldw',
      'assigned_department', 'department', 'handler',
    ]),
    defineField('due_at', 'datetime', ['办理截止时间', 'Due at'], [
      '办理截止时间', '截止时间', '办结截止时间', '到期时间', '应办结时间', '要求办结时间', '限办日期', '限办时间', 'jzsj',
      'due_at', 'deadline',
    ]),
    defineField('closed_at', 'datetime', ['办结时间', 'Closed at'], [
      '办结时间', '办结日期', '结案时间', '完成时间', '关闭时间', '归档时间', 'bjsj', 'closed_at', 'finish_time',
    ]),
    defineField('status', 'enum', ['工单状态', 'Status'], [
      '工单状态', '状态', '办理状态', '处理状态', 'zt', 'gdzt', 'status', 'state',
    ], { enumValues: TICKET_STATUS_VALUES }),
    defineField('reply', 'text', ['办理结果', 'Reply'], [
      '办理结果', '处理结果', '办理情况', '答复内容', '回复内容', '答复意见', '办理意见', '反馈内容', 'bljg', 'reply', 'result', 'response',
    ]),
    defineField('satisfaction', 'enum', ['满意度', 'Satisfaction'], [
      '满意度', '回访满意度', '评价结果', '满意度评价', '回访结果', '市民评价', '群众评价', 'myd', 'satisfaction',
    ], { enumValues: SATISFACTION_VALUES }),
    defineField('returned_count', 'integer', ['退回次数', 'Times returned'], [
      '退回次数', '回退次数', '退单次数', '被退回次数', '退办次数', 'thcs', 'returned_count', 'return_count',
    ]),
  ],
  // Callers give a name but no ID: after publish they are matched to persons of the
  // population register by name and region; uncertain matches wait for review.
  subjects: [],
  namedPersons: [{ role: 'caller', matchBy: { name: 'caller_name', regionCode: 'region_code' } }],
  relations: [],
  validity: { kind: 'event', at: 'received_at' },
};
