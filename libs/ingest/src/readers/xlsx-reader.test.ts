import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedReadError } from './errors';
import { openFeed } from './open-feed';
import { createTempDir, readAll, type TempDir } from './test-files';

let dir: TempDir;
let workbookPath: string;

/** A department's typical sheet: a merged title, a header, then typed cells. */
async function writeSubsidyWorkbook(filePath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('说明');
  notes.state = 'hidden';
  notes.getCell('A1').value = '隐藏的说明页';

  const sheet = workbook.addWorksheet('发放表');
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = '2026年11月公租房补贴发放表';
  sheet.getCell('A2').value = '填报单位：常德市住房保障中心';
  sheet.addRow([]);
  sheet.getRow(4).values = ['姓名', '身份证号', '发放日期', '金额', '合计', '链接', '已核实', '备注'];

  const row = sheet.getRow(5);
  row.getCell(1).value = { richText: [{ text: '张' }, { text: '三 ', font: { bold: true } }] };
  // Typed as a number in Excel: the last digits are already lost in the file.
  row.getCell(2).value = Number('430702197402186286');
  row.getCell(3).value = new Date(Date.UTC(2026, 10, 15));
  row.getCell(3).numFmt = 'yyyy-mm-dd';
  row.getCell(4).value = 2.2;
  row.getCell(5).value = { formula: 'D5*2', result: 4.4 };
  row.getCell(6).value = { text: '公示', hyperlink: 'https://example.org/x' };
  row.getCell(7).value = true;
  row.getCell(8).value = { error: '#N/A' };

  const second = sheet.getRow(6);
  second.getCell(1).value = '李四';
  second.getCell(3).value = new Date(Date.UTC(2026, 10, 16, 8, 30, 0));
  second.getCell(3).numFmt = 'yyyy-mm-dd hh:mm:ss';
  second.getCell(4).value = 0.1 + 0.2;
  second.getCell(5).value = { formula: 'DATE(2026,11,17)', result: 46343 };
  second.getCell(5).numFmt = 'yyyy/m/d';
  second.getCell(10).value = '表外备注';

  const other = workbook.addWorksheet('汇总');
  other.addRow(['区县', '户数']);
  other.addRow(['武陵区', 12]);

  await workbook.xlsx.writeFile(filePath);
}

beforeAll(async () => {
  dir = await createTempDir();
  workbookPath = dir.path('subsidy.xlsx');
  await writeSubsidyWorkbook(workbookPath);
});
afterAll(() => dir.remove());

describe('XLSX reader', () => {
  it('reads the first visible sheet, with the header found under the merged title', async () => {
    const feed = await openFeed(workbookPath);
    expect(feed).toMatchObject({
      format: 'xlsx',
      sheet: '发放表',
      headerRowNumber: 4,
      headers: ['姓名', '身份证号', '发放日期', '金额', '合计', '链接', '已核实', '备注'],
    });
    expect(await readAll(feed)).toEqual([
      {
        rowNumber: 5,
        values: ['张三', '430702197402186000', '2026-11-15', '2.2', '4.4', '公示', 'true', null],
      },
      {
        rowNumber: 6,
        values: ['李四', null, '2026-11-16 08:30:00', '0.3', '2026-11-17', null, null, null],
        problem: 'too_many_fields',
      },
    ]);
  });

  it('reads a named sheet', async () => {
    const feed = await openFeed(workbookPath, { sheet: '汇总' });
    expect(feed.headers).toEqual(['区县', '户数']);
    expect(await readAll(feed)).toEqual([{ rowNumber: 2, values: ['武陵区', '12'] }]);
  });

  it('names the available sheets when the requested one is missing', async () => {
    const error = await openFeed(workbookPath, { sheet: 'Sheet1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedReadError);
    expect(error).toMatchObject({ code: 'feed.sheet_not_found', availableSheets: ['说明', '发放表', '汇总'] });
  });

  it('reads a large sheet written by a streaming writer, and can stop early', async () => {
    const filePath = dir.path('streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings: true, useStyles: true });
    const sheet = writer.addWorksheet('数据');
    sheet.addRow(['序号', '姓名', '日期']).commit();
    for (let i = 1; i <= 5_000; i++) sheet.addRow([i, `名字${i}`, new Date(Date.UTC(2026, 0, 1 + (i % 28)))]).commit();
    await sheet.commit();
    await writer.commit();

    const rows = await readAll(await openFeed(filePath));
    expect(rows).toHaveLength(5_000);
    expect(rows.at(-1)).toEqual({ rowNumber: 5_001, values: ['5000', '名字5000', '2026-01-17'] });

    const feed = await openFeed(filePath);
    let count = 0;
    for await (const _row of feed.rows) if (++count === 10) break;
    await feed.close();
    expect(count).toBe(10);
  });

  it('detects XLSX by its zip signature whatever the file is called', async () => {
    const feed = await openFeed(workbookPath, { fileName: 'upload.bin' });
    expect(feed.format).toBe('xlsx');
    await feed.close();
  });

  it('fails with feed.xlsx_corrupt for a damaged workbook', async () => {
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(workbookPath));
    const truncated = await dir.file('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await openFeed(truncated).then(readAll).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'feed.xlsx_corrupt' });

    const garbage = await dir.file('garbage.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]));
    expect(await openFeed(garbage).catch((caught: unknown) => caught)).toMatchObject({ code: 'feed.xlsx_corrupt' });
  });

  it('fails with feed.empty for a sheet without values', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('空');
    const filePath = dir.path('empty-sheet.xlsx');
    await workbook.xlsx.writeFile(filePath);
    expect(await openFeed(filePath).catch((caught: unknown) => caught)).toMatchObject({ code: 'feed.empty' });
  });
});
