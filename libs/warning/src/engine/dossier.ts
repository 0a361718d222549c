// The evidence dossier of a warning as an XLSX workbook: a summary sheet, then one sheet per
// source dataset with every record, its lineage (department, file, batch, row) and fields.
// Cells that a spreadsheet would run as formulas are neutralized.
import ExcelJS from 'exceljs';
import type { WarningView } from './warnings';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell Excel will not evaluate: a leading = + - @ gets an apostrophe. */
export function safeCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = Array.isArray(value) ? value.join('、') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export async function warningDossier(warning: WarningView, modelName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '智监 Zhijian';
  const summary = workbook.addWorksheet('预警概要');
  summary.columns = [{ width: 22 }, { width: 70 }];
  const rows: Array<[string, unknown]> = [
    ['预警编号', warning.id],
    ['预警模型', `${modelName}（${warning.model} v${warning.modelVersion}）`],
    ['风险等级', warning.severity],
    ['状态', warning.status],
    ['对象', `${warning.subject.name ?? ''} ${warning.subject.type}:${warning.subject.key}`],
    ['涉及金额（元）', warning.amount === null ? null : warning.amount / 100],
    ['承办部门', warning.department?.name ?? null],
    ['推送单位', warning.routedOrganization ? `${warning.routedOrganization.name ?? ''} ${warning.routedOrganization.key}` : null],
    ['首次发现', warning.firstSeenAt],
    ['最近确认', warning.lastSeenAt],
    ['期间', `${String(warning.details.periodFrom ?? '')} – ${String(warning.details.periodTo ?? '')}`],
    ['证据记录数', warning.evidence.length],
  ];
  for (const [label, value] of rows) summary.addRow([label, safeCell(value)]);
  summary.getColumn(1).font = { bold: true };

  const byDataset = new Map<string, WarningView['evidence']>();
  for (const item of warning.evidence) byDataset.set(item.dataset, [...(byDataset.get(item.dataset) ?? []), item]);
  for (const [dataset, items] of byDataset) {
    const sheet = workbook.addWorksheet(dataset.replace(/[\\/?*[\]:]/g, '_').slice(0, 31));
    const fields = [...new Set(items.flatMap((item) => Object.keys(item.attrs)))];
    sheet.addRow(['部门', '文件', '批次', '行号', '起', '止', ...fields]).font = { bold: true };
    for (const item of items) {
      sheet.addRow([item.department, item.fileName, item.batchId, item.row, item.validFrom, item.validTo, ...fields.map((f) => item.attrs[f])].map(safeCell));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
