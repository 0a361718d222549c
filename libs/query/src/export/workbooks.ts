// XLSX exports of a profile or a graph. They are built from the same masked objects the
// user sees on screen, and every text cell passes `neutralizeCell`.
import ExcelJS from 'exceljs';
import type { Graph } from '../graph/types';
import type { SubjectProfile } from '../profile/types';
import { neutralizeCell } from './safe-cell';

type Cell = unknown;

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutralizeCell));
  sheet.columns.forEach((column) => (column.width = 18));
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function profileWorkbook(profile: SubjectProfile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const s = profile.subject;
  addSheet(workbook, '主体 Subject', ['类型 type', '标识 key', '名称 name', '数据部门 departments'], [
    [s.type, s.key, s.name, profile.departments.map((d) => d.name).join('、')],
  ]);
  for (const group of profile.datasets) {
    const fields = [...new Set(group.records.flatMap((r) => Object.keys(r.attrs)))];
    addSheet(
      workbook,
      sheetName(group.datasetName.zh, workbook),
      ['角色 role', '有效期自 valid from', '有效期至 valid to', ...fields, '部门 department', '批次 batch', '行号 row'],
      group.records.map((r) => [r.role, r.validFrom, r.validTo, ...fields.map((f) => r.attrs[f]), r.lineage.department.name, r.lineage.batchId, r.lineage.rowNumber]),
    );
  }
  const relations = [...profile.relations.current.map((r) => ({ ...r, state: '现有 current' })), ...profile.relations.past.map((r) => ({ ...r, state: '历史 past' }))];
  addSheet(workbook, '关系 Relations', ['关系 type', '方向 direction', '对方类型 other type', '对方标识 other key', '对方名称 other name', '自 from', '至 to', '状态 state', '部门 department', '批次 batch', '行号 row'],
    relations.map((r) => [r.type, r.direction, r.other.type, r.other.key, r.other.name, r.validFrom, r.validTo, r.state, r.lineage.department.name, r.lineage.batchId, r.lineage.rowNumber]));
  addSheet(workbook, '时间线 Timeline', ['日期 date', '事件 event', '数据集 dataset', '说明 label', '对方 other'],
    profile.timeline.map((e) => [e.date, e.kind, e.datasetCode, e.label, e.other ? `${e.other.name ?? ''} ${e.other.key}` : null]));
  return toBuffer(workbook);
}

export async function graphWorkbook(graph: Graph): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, '节点 Nodes', ['编号 id', '类型 type', '标识 key', '名称 name', '跳数 hop', '关系数 degree (hub)'],
    graph.nodes.map((n) => [n.id, n.type, n.key, n.name, n.hop, n.hub ? `${n.hub.degree}${n.hub.capped ? '+' : ''}` : null]));
  const names = new Map(graph.nodes.map((n) => [n.id, `${n.name ?? ''} ${n.key}`.trim()]));
  addSheet(workbook, '关系 Relations', ['编号 id', '关系 type', '自 from', '至 to', '有效期自 valid from', '有效期至 valid to', '数据集 dataset'],
    graph.edges.map((e) => [e.id, e.type, names.get(e.from) ?? e.from, names.get(e.to) ?? e.to, e.validFrom, e.validTo, e.datasetCode]));
  return toBuffer(workbook);
}

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(wanted: string, workbook: ExcelJS.Workbook): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28);
  let name = base;
  for (let i = 2; workbook.getWorksheet(name); i++) name = `${base}-${i}`;
  return name;
}
