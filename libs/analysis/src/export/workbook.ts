// XLSX export of any dashboard view: one sheet, a bold header in both languages, every
// text cell neutralized against formula injection (= + - @ start a formula in Excel).
import { neutralizeCell } from '@zhijian/query';
import ExcelJS from 'exceljs';

export interface SheetData {
  title: string;
  header: string[];
  rows: unknown[][];
}

export async function sheetWorkbook(data: SheetData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Sheet names: at most 31 characters and none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(data.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1');
  sheet.addRow(data.header).font = { bold: true };
  for (const row of data.rows) sheet.addRow(row.map(neutralizeCell));
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
