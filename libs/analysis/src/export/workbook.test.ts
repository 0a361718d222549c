import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetWorkbook } from './workbook';

describe('sheetWorkbook', () => {
  it('writes the header and rows, and formula-looking text stays text', async () => {
    const buffer = await sheetWorkbook({ title: '热线/按类别', header: ['类别 category', '工单 tickets'], rows: [['=HYPERLINK("x")', 3], ['城市管理', 5]] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('热线 按类别');
    expect(sheet.getRow(1).values).toEqual([undefined, '类别 category', '工单 tickets']);
    expect(sheet.getRow(2).getCell(1).value).toBe(`'=HYPERLINK("x")`);
    expect(sheet.getRow(3).values).toEqual([undefined, '城市管理', 5]);
  });
});
