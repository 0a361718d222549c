// The rejects as an XLSX, written with exceljs' streaming writer: rows are committed as
// they are read page by page, so a batch with a million rejects never sits in memory.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeFormula } from './rejects-access';

interface RejectRow {
  rowNumber: number;
  raw: Record<string, string | null>;
  errors: Array<{ field: string; code: string; message: string }>;
}

/** Row number, each source column raw, then the reasons' fields, codes and messages (one line per error). */
export function streamRejectsXlsx(rejects: AsyncIterable<RejectRow>, headers: string[]): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('问题数据 rejects', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(['行号 row', ...headers, '错误字段 field', '错误代码 code', '错误说明 message'].map(neutralizeFormula));
  header.font = { bold: true };
  header.commit();
  void (async () => {
    for await (const reject of rejects) {
      const lines = (pick: (e: RejectRow['errors'][number]) => string) => reject.errors.map(pick).join('\n');
      sheet
        .addRow([
          reject.rowNumber,
          ...headers.map((h) => neutralizeFormula(reject.raw[h])),
          neutralizeFormula(lines((e) => e.field)),
          neutralizeFormula(lines((e) => e.code)),
          neutralizeFormula(lines((e) => e.message)),
        ])
        .commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
