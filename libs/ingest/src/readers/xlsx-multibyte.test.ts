// exceljs decodes each chunk of the unzipped XML on its own, which turned a character
// split across a chunk boundary into U+FFFD. These workbooks are large enough, with text
// of varying byte length, that boundaries fall inside characters many times over.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFeed } from './open-feed';
import { createTempDir, readAll, type TempDir } from './test-files';
import { zipParts } from './test-zip';

const ROWS = 20_000;
const HEADERS = ['序号', '姓名', '工作单位', '身份证号', '住址'];
// 3-byte CJK, full-width digits and letters, and 4-byte characters (two UTF-16 units).
const CJK = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗常德市武陵区鼎城住房保障中心公租房补贴发放';
const FULL_WIDTH = '０１２３４５６７８９Ｘ';
const ASTRAL = ['𠮷', '𡈽', '😀', '𪚥'];

/** A small seeded generator: the same rows every run, lengths that keep shifting. */
function seededRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
}

function makeRows(): string[][] {
  const next = seededRandom(3);
  const pick = (alphabet: string | string[], length: number) =>
    Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
  return Array.from({ length: ROWS }, (_, i) => [
    String(i + 1),
    pick(CJK, 2 + next(3)) + (i % 97 === 0 ? pick(ASTRAL, 1) : ''),
    `${pick(CJK, 3 + next(20))}（${pick(FULL_WIDTH, 1 + next(4))}号）`,
    pick(FULL_WIDTH, 18),
    `${pick(CJK, 1 + next(30))}${pick(ASTRAL, next(2))}${pick(FULL_WIDTH, next(5))}栋 a${next(1000)}`,
  ]);
}

async function writeWorkbook(filePath: string, rows: string[][], useSharedStrings: boolean): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings });
  const sheet = writer.addWorksheet('人员名单（全市）');
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = '常德市２０２６年人员名单';
  sheet.getRow(1).commit();
  sheet.addRow(HEADERS).commit();
  for (const row of rows) sheet.addRow(row).commit();
  await sheet.commit();
  await writer.commit();
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * No writer we have puts the shared strings before the sheet, the order in which exceljs
 * reads the sheet straight from the zip entry: the parts are written by hand. Even columns
 * use shared strings, odd ones inline strings.
 */
function stringsFirstWorkbook(rows: string[][], sharedStringsXml?: Buffer): Buffer {
  const shared: string[] = [];
  const cell = (ref: string, text: string, column: number) => {
    if (column % 2 === 1) return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    shared.push(text);
    return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
  };
  const sheetRows = [HEADERS, ...rows].map(
    (cells, i) => `<row r="${i + 1}">${cells.map((text, c) => cell(`${'ABCDE'[c]}${i + 1}`, text, c)).join('')}</row>`,
  );
  return zipParts([
    [
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    ['xl/workbook.xml', `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="人员名单（全市）" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/sharedStrings.xml', sharedStringsXml ?? `<sst xmlns="${MAIN_NS}">${shared.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`],
    ['xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN_NS}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`],
  ]);
}

let dir: TempDir;
let rows: string[][];

beforeAll(async () => {
  dir = await createTempDir();
  rows = makeRows();
});
afterAll(() => dir.remove());

describe('XLSX reader with multi-byte text', () => {
  // exceljs's own workbooks have the sheet before any shared strings, so the reader parks
  // it in a temporary file (values in the strings part, or inline); hand-written parts in
  // the other order are read straight from the zip entry.
  it.each([
    { layout: 'exceljs shared strings', write: (filePath: string) => writeWorkbook(filePath, rows, true), header: 2 },
    { layout: 'exceljs inline strings', write: (filePath: string) => writeWorkbook(filePath, rows, false), header: 2 },
    { layout: 'strings before the sheet', write: (filePath: string) => writeFile(filePath, stringsFirstWorkbook(rows)), header: 1 },
  ])('reads every cell of 20,000 rows back exactly ($layout)', async ({ layout, write, header }) => {
    const filePath = dir.path(`${layout.replaceAll(' ', '-')}.xlsx`);
    await write(filePath);

    const feed = await openFeed(filePath, { sheet: '人员名单（全市）' });
    expect(feed.headerRowNumber).toBe(header);
    expect(feed.headers).toEqual(HEADERS);
    const read = await readAll(feed);

    expect(read).toHaveLength(ROWS);
    const mismatches = read.filter((row, i) => row.rowNumber !== i + header + 1 || row.values.join('|') !== rows[i]?.join('|'));
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(read.filter((row) => row.values.some((value) => value?.includes('\uFFFD')))).toHaveLength(0);
  }, 60_000);

  it('fails with feed.xlsx_corrupt when the XML is not UTF-8, rather than reading U+FFFD', async () => {
    const notUtf8 = Buffer.concat([Buffer.from(`<sst xmlns="${MAIN_NS}"><si><t>张`), Buffer.from([0xd5, 0xc5]), Buffer.from('</t></si></sst>')]);
    const filePath = dir.path('gbk-in-xml.xlsx');
    await writeFile(filePath, stringsFirstWorkbook([], notUtf8));
    const error = await openFeed(filePath).then(readAll).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'feed.xlsx_corrupt' });
  });
});
