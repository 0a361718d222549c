// Which rows each exportable view writes: the same domain queries the charts read, so the
// spreadsheet always matches the screen. Phones are masked by the caller's rules first.
import type { DbHandle } from '@zhijian/db';
import type { AnalysisFilter } from '../filter';
import { departmentPerformance, ticketBreakdown, TICKET_DIMENSIONS, type TicketDimension } from '../hotline/breakdown';
import { findHotspots } from '../hotline/hotspots';
import { repeatComplaints } from '../hotline/repeats';
import { listTickets, type TicketSelection } from '../hotline/tickets';
import { findTopics } from '../topics/find-topics';
import { warningStatistics } from '../warnings/warning-stats';
import { departmentPunctuality, qualityTrend } from '../health/data-health';
import { relationNetwork } from '../network/network';
import type { SheetData } from './workbook';

export const EXPORT_VIEWS = [
  ...TICKET_DIMENSIONS.map((d) => `tickets.${d}` as const),
  'departments',
  'hotspots.region',
  'hotspots.address',
  'repeats.caller',
  'repeats.address',
  'topics',
  'warnings.model',
  'warnings.department',
  'warnings.month',
  'health.punctuality',
  'health.quality',
  'network',
  'tickets',
] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

const COUNT_HEADER = ['工单 tickets', '超期 overdue', '退回 returned', '办结 closed', '按时办结 on time', '回访 callbacks', '满意 satisfied', '不满意 unsatisfied', '办结率 completion', '按时率 on-time', '满意率 satisfaction'];

export async function exportViewData(
  handle: DbHandle,
  view: ExportView,
  filter: AnalysisFilter & { selection?: TicketSelection },
  maskPhone: (phone: string) => string,
): Promise<SheetData> {
  if (view.startsWith('tickets.')) {
    const dimension = view.slice('tickets.'.length) as TicketDimension;
    const groups = await ticketBreakdown(handle, filter, dimension);
    return {
      title: `热线 ${dimension}`,
      header: [dimension, ...COUNT_HEADER],
      rows: groups.map((g) => [g.key, g.tickets, g.overdue, g.returned, g.closed, g.closedOnTime, g.callbacks, g.satisfied, g.unsatisfied, g.completionRate, g.onTimeRate, g.satisfactionRate]),
    };
  }
  switch (view) {
    case 'departments': {
      const groups = await departmentPerformance(handle, filter);
      return { title: '承办单位 departments', header: ['承办单位 department', ...COUNT_HEADER], rows: groups.map((g) => [g.key, g.tickets, g.overdue, g.returned, g.closed, g.closedOnTime, g.callbacks, g.satisfied, g.unsatisfied, g.completionRate, g.onTimeRate, g.satisfactionRate]) };
    }
    case 'hotspots.region':
    case 'hotspots.address': {
      const result = await findHotspots(handle, { level: view === 'hotspots.region' ? 'region' : 'address', from: filter.from, to: filter.to, regionCode: filter.regionCode, limit: 500 });
      return {
        title: `热点 ${result.from}~${result.to}`,
        header: ['地点 place', '区县 county', '本期 observed', '基线 baseline', '期望 expected', '倍数 ratio', 'p 值 p-value'],
        rows: result.items.map((h) => [h.label, h.regionCode, h.observed, h.baseline, h.expected, h.ratio, h.pValue]),
      };
    }
    case 'repeats.caller':
    case 'repeats.address': {
      const by = view === 'repeats.caller' ? 'caller' : 'address';
      const groups = await repeatComplaints(handle, { ...filter, by, limit: 1000 });
      return {
        title: `重复投诉 ${by}`,
        header: [by === 'caller' ? '来电号码 phone' : '地址 address', '工单 tickets', '30天内最多 max in 30 days', '首次 first', '最近 last', '类别 categories', '区县 counties'],
        rows: groups.map((g) => [by === 'caller' ? maskPhone(g.label) : g.label, g.tickets, g.maxInWindow, g.firstAt, g.lastAt, g.categories, g.regionCodes]),
      };
    }
    case 'topics': {
      const { topics } = await findTopics(handle, filter);
      return { title: '话题 topics', header: ['话题 topic', '关键词 keywords', '工单 tickets', '类别 categories', '区县 counties', '首次 first', '最近 last', '示例 sample'], rows: topics.map((t) => [t.label, t.keywords, t.tickets, t.categories, t.regionCodes, t.firstAt, t.lastAt, t.sample]) };
    }
    case 'warnings.model':
    case 'warnings.department':
    case 'warnings.month': {
      const groups = await warningStatistics(handle, filter, view.slice('warnings.'.length) as 'model' | 'department' | 'month');
      return { title: `预警 ${view.slice(9)}`, header: ['分组 group', '名称 name', '预警 total', '待处理 open', '属实 confirmed', '不属实 dismissed', '销号 closed', '金额(分) amount fen', '准确率 precision'], rows: groups.map((g) => [g.key, g.name?.zh ?? '', g.total, g.open, g.confirmed, g.dismissed, g.closed, g.amount, g.precision]) };
    }
    case 'health.punctuality': {
      const rows = await departmentPunctuality(handle);
      return { title: '按时报送 punctuality', header: ['部门 department', '名称 name', '责任清单 responsibilities', '逾期 overdue', '按时率 score'], rows: rows.map((r) => [r.departmentCode, r.departmentName, r.responsibilities, r.overdue, r.score]) };
    }
    case 'health.quality': {
      const rows = await qualityTrend(handle, filter);
      return { title: '数据质量 quality', header: ['数据集 dataset', '月份 month', '批次 batches', '读取 read', '拒收 rejected', '拒收率 reject rate'], rows: rows.map((r) => [r.datasetCode, r.month, r.batches, r.rowsRead, r.rowsRejected, r.rejectRate]) };
    }
    case 'network': {
      const network = await relationNetwork(handle);
      return { title: '关系网络 network', header: ['类型 type', '标识 key', '名称 name', '社区 community', '加权度 degree', '中介中心性 betweenness'], rows: network.nodes.map((n) => [n.type, n.key, n.name, n.community, n.degree, n.betweenness]) };
    }
    case 'tickets': {
      const { items } = await listTickets(handle, { ...filter, ...filter.selection }, { limit: 10_000, offset: 0 });
      return {
        title: '工单 tickets',
        header: ['工单编号 ticket', '受理时间 received', '区县 county', '类别 category', '子类 subcategory', '承办单位 department', '来电号码 phone', '地址 address', '内容 content', '状态 status', '超期 overdue', '退回 returned', '满意度 satisfaction'],
        rows: items.map((t) => [t.ticketNo, t.receivedAt, t.regionCode, t.category, t.subcategory, t.department, t.callerPhone ? maskPhone(t.callerPhone) : null, t.address, t.content, t.status, t.overdue, t.returnedCount, t.satisfaction]),
      };
    }
  }
  throw new Error(`unknown export view ${view as string}`);
}
