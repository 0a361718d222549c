// Delivery files for CLI tests, written the way departments send them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { residentIdCheckCharacter } from '@zhijian/standard';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export function residentId(sequence: number, birthDate = '19800115'): string {
  const first17 = `430702${birthDate}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A subsidy CSV with `rows` rows; every 97th has an impossible ID, so rejects are known in advance. */
export async function writeSubsidyCsv(file: string, rows: number, options: { encoding?: 'gbk' | 'utf8' } = {}): Promise<{ rejected: number[] }> {
  const lines = ['公民身份号码,姓名,发放月份,发放金额(元)'];
  const rejected: number[] = [];
  for (let i = 0; i < rows; i++) {
    const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const id = residentId(Math.floor(i / 20000), birth);
    const bad = i % 97 === 0;
    if (bad) rejected.push(i + 2);
    lines.push(`${bad ? `${id.slice(0, 17)}Z` : id},${['张伟', '王芳', '李娜'][i % 3]},2026-${String((i % 12) + 1).padStart(2, '0')},${300 + (i % 500)}.00`);
  }
  const text = `${lines.join('\r\n')}\r\n`;
  await writeFile(file, options.encoding === 'gbk' ? iconv.encode(text, 'gbk') : text);
  return { rejected };
}

/** An XLSX as a registry exports it: a merged title row above the header, dates as date cells. */
export async function writePropertyXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('不动产登记');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = '2026年11月不动产登记信息表';
  sheet.addRow(['不动产权证号', '权利人证件号', '权利人', '坐落', '用途', '登记日期']);
  sheet.addRow(['湘(2026)常德市不动产权第0001234号', residentId(1), '张伟', '武陵区朗州路88号', '住宅', new Date(Date.UTC(2026, 4, 20))]);
  sheet.addRow(['湘(2026)常德市不动产权第0001235号', residentId(2), '王芳', '鼎城区桃花源路1号', '商业', new Date(Date.UTC(2026, 5, 1))]);
  sheet.addRow(['湘(2026)常德市不动产权第0001236号', '43070219800115', '李娜', '武陵区洞庭大道2号', '住宅', new Date(Date.UTC(2026, 6, 1))]);
  await workbook.xlsx.writeFile(file);
}

export function dir(...parts: string[]) {
  return path.join(...parts);
}
