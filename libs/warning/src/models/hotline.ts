// 12345 hotline models: the same caller or the same place complaining again and again, and
// tickets that miss their deadline or bounce between departments.
import type { AggregateModelSpec, CollisionModelSpec } from '../spec/types';

export const hotlineRepeatComplaint: AggregateModelSpec = {
  code: 'hotline.repeat_complaint',
  version: 1,
  kind: 'aggregate',
  name: { zh: '重复投诉', en: 'Repeated complaints' },
  description: {
    zh: '同一来电号码，或同一地址同一诉求类型，在 M 天内（默认 30）提交 N 件以上（默认 3）工单。',
    en: 'The same caller phone, or the same address and category, files at least N (default 3) tickets within M (default 30) days.',
  },
  severity: 'medium',
  params: {
    min_tickets: { type: 'integer', default: 3, min: 2, label: { zh: '最少工单数', en: 'Minimum tickets' } },
    window_days: { type: 'integer', default: 30, min: 1, unit: '天', label: { zh: '时间窗口（天）', en: 'Window (days)' } },
  },
  base: { as: 't', dataset: 'hotline.ticket' },
  groupings: [
    { label: { zh: '同一来电号码', en: 'Same caller' }, subject: { type: 'phone', key: [{ field: 't.caller_phone' }] } },
    { label: { zh: '同一地址同类诉求', en: 'Same address and category' }, subject: { type: 'address', key: [{ field: 't.address' }, { field: 't.category' }] } },
  ],
  window: { days: { param: 'window_days' } },
  having: [{ measure: 'count', op: '>=', right: { param: 'min_tickets' } }],
  route: { to: 'provider' },
};

export const hotlineOverdue: CollisionModelSpec = {
  code: 'hotline.overdue',
  version: 1,
  kind: 'collision',
  name: { zh: '工单超期或反复退回', en: 'Overdue or bounced ticket' },
  description: {
    zh: '工单晚于办理截止时间办结、截至统计日仍未办结且已超期，或被退回超过一次。',
    en: 'A ticket closed after its due time, still open past it on the as-of date, or returned more than once.',
  },
  severity: 'low',
  base: { dataset: 'hotline.ticket', as: 't' },
  alternatives: [
    {
      atoms: [{ as: 't', dataset: 'hotline.ticket' }],
      where: [
        {
          any: [
            { left: { field: 't.closed_at' }, op: '>', right: { field: 't.due_at' } },
            { all: [{ field: 't.closed_at', isNull: true }, { left: { field: 't.due_at' }, op: '<', right: { asOf: true } }] },
            { left: { field: 't.returned_count' }, op: '>', right: { value: 1 } },
          ],
        },
      ],
    },
  ],
  subject: { type: 'ticket', key: [{ field: 't.ticket_no' }] },
  route: { to: 'provider' },
};

export const HOTLINE_MODELS = [hotlineRepeatComplaint, hotlineOverdue];
