// Workbooks whose zip lies: sizes its headers understate, deflate streams that are cut or
// damaged, parts the directory does not list. exceljs waited forever on some of these;
// each must now end at once in feed.xlsx_corrupt, whichever way exceljs reads the sheet.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedReadError } from './errors';
import { openFeed } from './open-feed';
import { createTempDir, readAll, type TempDir } from './test-files';
import { type PartLie, zipParts } from './test-zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROWS = 2_000;

const sheetXml = (rows: number) =>
  `<worksheet xmlns="${MAIN_NS}"><sheetData>${Array.from(
    { length: rows + 1 },
    (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${r === 0 ? '姓名' : `张${r}`}</t></is></c><c r="B${r + 1}" t="s"><v>0</v></c></row>`,
  ).join('')}</sheetData></worksheet>`;
const SHEET = Buffer.from(sheetXml(ROWS));
const DEFLATED = deflateRawSync(SHEET);

/**
 * A one-sheet workbook, the sheet's part told by `lie`. Shared strings after the sheet make
 * exceljs park it in a temporary file first; before it, exceljs reads it from the zip entry.
 */
function workbook(lie: PartLie, sharedStrings: 'before' | 'after', extra: Array<[string, string, PartLie?]> = []): Buffer {
  const strings: [string, string] = ['xl/sharedStrings.xml', `<sst xmlns="${MAIN_NS}"><si><t>金额</t></si></sst>`];
  return zipParts([
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ['xl/workbook.xml', `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="补贴" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ...(sharedStrings === 'before' ? [strings] : []),
    ['xl/worksheets/sheet1.xml', SHEET, lie],
    ...extra,
    ...(sharedStrings === 'after' ? [strings] : []),
  ]);
}

let dir: TempDir;
beforeAll(async () => {
  dir = await createTempDir();
});
afterAll(() => dir.remove());

async function readError(name: string, bytes: Buffer): Promise<FeedReadError> {
  const filePath = await dir.file(name, bytes);
  const error = await openFeed(filePath).then(readAll).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(FeedReadError);
  return error as FeedReadError;
}

describe('XLSX reader with lying zip headers', () => {
  it.each(['before', 'after'] as const)('reads the honest workbook (shared strings %s the sheet)', async (order) => {
    const filePath = await dir.file(`honest-${order}.xlsx`, workbook({}, order));
    const rows = await readAll(await openFeed(filePath));
    expect(rows).toHaveLength(ROWS);
    expect(rows.at(-1)).toEqual({ rowNumber: ROWS + 1, values: [`张${ROWS}`, '金额'] });
  });

  const half = Math.floor(DEFLATED.length / 2);
  it.each([
    { lie: 'the local header understates the zipped size', part: { localCompressedBytes: half }, message: /does not match its zip directory/ },
    { lie: 'both headers understate the zipped size', part: { compressedBytes: half }, message: /does not match its zip directory/ },
    { lie: 'both headers overstate the zipped size', part: { compressedBytes: DEFLATED.length + 40 }, message: /does not match its zip directory/ },
    { lie: 'the deflate stream is cut short, the headers agree', part: { deflated: DEFLATED.subarray(0, half) }, message: /cannot be read/ },
    { lie: 'the deflate stream is damaged', part: { deflated: Buffer.concat([DEFLATED.subarray(0, 50), Buffer.alloc(200, 0xff), DEFLATED.subarray(250)]) }, message: /cannot be read/ },
    { lie: 'the part unzips to more than its headers declare', part: { uncompressedBytes: 100 }, message: /unzips to more than the 100 bytes/ },
  ])('fails at once with feed.xlsx_corrupt when $lie', async ({ lie, part, message }) => {
    for (const order of ['before', 'after'] as const) {
      const error = await readError(`${lie.replaceAll(' ', '-')}-${order}.xlsx`, workbook(part as PartLie, order));
      expect(error.code).toBe('feed.xlsx_corrupt');
      expect(error.message).toMatch(message);
    }
  }, 10_000);

  it('fails with feed.xlsx_corrupt for a part the central directory does not list', async () => {
    const hidden: [string, string, PartLie] = ['xl/worksheets/sheet2.xml', sheetXml(10), { unlisted: true }];
    const error = await readError('unlisted-part.xlsx', workbook({}, 'after', [hidden]));
    expect(error.code).toBe('feed.xlsx_corrupt');
  });

  it('reads a small workbook whose workbook part comes last, every time', async () => {
    // unzipper announced the end of the zip before parsing its last parts; a sheet skipped
    // unread crashed the process when exceljs deleted its temporary file: both were rare races.
    const book = new ExcelJS.Workbook();
    const notes = book.addWorksheet('说明');
    notes.state = 'hidden';
    notes.getCell('A1').value = '隐藏的说明页';
    const data = book.addWorksheet('发放表');
    data.addRow(['姓名', '金额']);
    data.addRow(['张三', 1]);
    const filePath = dir.path('small.xlsx');
    await book.xlsx.writeFile(filePath);
    for (let i = 0; i < 200; i++) {
      const feed = await openFeed(filePath);
      expect(feed.sheet).toBe('发放表');
      await feed.close();
    }
  }, 30_000);
});
