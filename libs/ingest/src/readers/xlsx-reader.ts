// XLSX through exceljs's streaming WorkbookReader: rows arrive one at a time from the
// zipped sheet XML, so a large workbook is never loaded whole (SheetJS would).
// Excel writes the shared-strings table after the sheets; exceljs then parks the sheet
// XML in a temporary file until the strings are read — disk, not memory.
// exceljs decodes each XML chunk on its own; xlsx-utf8.ts keeps split characters whole.
// Before streaming, the zip's directory and local headers are checked (sizes, sheets,
// layout); while streaming, xlsx-stream-guard.ts makes every read end.
import { createReadStream } from 'node:fs';
import ExcelJS, { type Row } from 'exceljs';
import { FeedReadError } from './errors';
import { HEADER_SCAN_ROWS, findHeaderIndex, makeHeaders } from './header-detection';
import { xlsxCellText } from './xlsx-cell';
import { DEFAULT_FEED_LIMITS, type FeedLimits } from './limits';
import { guardWorkbookStream, type WorkbookStreamGuard } from './xlsx-stream-guard';
import { decodeWholeCharacters } from './xlsx-utf8';
import { readZipDirectory, type ZipDirectory } from './xlsx-zip-directory';
import { checkZipLayout } from './xlsx-zip-layout';
import { type FeedRow, type OpenFeed } from './types';

/** What exceljs's reader exposes at run time beyond its typings. */
interface WorkbookModel {
  model?: { sheets?: Array<{ name: string; state?: string }> };
  properties?: { model?: { date1904?: boolean } };
}
interface SheetReader extends AsyncIterable<Row> {
  name: string;
}

interface SheetRow {
  rowNumber: number;
  cells: Array<string | null>;
}

export async function openXlsxFeed(filePath: string, requestedSheet?: string, limits: FeedLimits = DEFAULT_FEED_LIMITS): Promise<OpenFeed> {
  const directory = await checkZipDirectory(filePath, limits);
  const input = createReadStream(filePath);
  const guard = guardWorkbookStream(input, new Map(directory.parts.map((part) => [part.name, part.uncompressedBytes])), limits.readStallSeconds);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles carry the number formats that say which numbers are dates.
    styles: 'cache',
    // A hyperlink cell's value already is its display text.
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  decodeWholeCharacters(workbook, { count: guard.progressed });
  const info = workbook as unknown as WorkbookModel;
  const sheets = workbook[Symbol.asyncIterator]() as AsyncIterator<SheetReader>;
  let closed = false;
  const release = () => {
    if (closed) return;
    closed = true;
    guard.stop();
    input.destroy();
    // Ending exceljs's generators may wait on a stream that is gone: never awaited.
    void sheets.return?.(undefined).catch(() => undefined);
  };

  try {
    const sheet = await findSheet(sheets, info, requestedSheet, guard, limits.maxSheets);
    const date1904 = info.properties?.model?.date1904 === true;
    const sheetRows = sheet[Symbol.asyncIterator]();

    const nextSheetRow = async (): Promise<SheetRow | undefined> => {
      for (;;) {
        const next = await corruptOnError(sheetRows.next(), guard);
        if (next.done) return undefined;
        const row = toSheetRow(next.value, date1904);
        if (row.cells.some((cell) => cell !== null)) return row;
      }
    };

    const scanned: SheetRow[] = [];
    while (scanned.length < HEADER_SCAN_ROWS) {
      const row = await nextSheetRow();
      if (!row) break;
      scanned.push(row);
    }
    const headerIndex = findHeaderIndex(scanned.map((row) => row.cells));
    const header = scanned[headerIndex];
    if (!header) throw emptySheet(sheet.name, (info.model?.sheets ?? []).map((entry) => entry.name), requestedSheet);
    const headers = makeHeaders(header.cells);
    const width = headers.length;

    async function* rows(): AsyncGenerator<FeedRow> {
      try {
        for (const row of scanned.slice(headerIndex + 1)) {
          if (closed) return;
          yield toFeedRow(row, width);
        }
        while (!closed) {
          const row = await nextSheetRow();
          if (!row || closed) return;
          yield toFeedRow(row, width);
        }
      } finally {
        release();
      }
    }

    return {
      format: 'xlsx',
      sheet: sheet.name,
      headerRowNumber: header.rowNumber,
      headers,
      rows: rows(),
      close: async () => release(),
      bytesRead: () => input.bytesRead,
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The requested sheet, or the first visible one in the workbook's tab order. */
async function findSheet(
  sheets: AsyncIterator<SheetReader>,
  info: WorkbookModel,
  requested: string | undefined,
  guard: WorkbookStreamGuard,
  maxSheets: number,
): Promise<SheetReader> {
  const names = () => (info.model?.sheets ?? []).map((sheet) => sheet.name);
  const notFound = () => {
    const available = names();
    return new FeedReadError('feed.sheet_not_found', `There is no sheet "${requested}"; the workbook has: ${available.join(', ')}`, {
      availableSheets: available,
    });
  };

  let seen = 0;
  for (;;) {
    const next = await corruptOnError(sheets.next(), guard);
    if (next.done) break;
    seen++;
    const sheet = next.value;
    const known = names();
    // The directory check counts worksheet parts; the workbook part may list more.
    if (known.length > maxSheets) throw tooManySheets(known.length, maxSheets);
    if (requested !== undefined) {
      if (sheet.name === requested) return sheet;
      // The workbook part usually precedes the sheets: fail without reading them all.
      if (known.length > 0 && !known.includes(requested)) throw notFound();
      continue;
    }
    const firstVisible = info.model?.sheets?.find((entry) => entry.state !== 'hidden' && entry.state !== 'veryHidden');
    // A sheet exceljs could not match to the workbook part keeps its file name: take it.
    if (!firstVisible || sheet.name === firstVisible.name || !known.includes(sheet.name)) return sheet;
  }
  if (requested !== undefined) throw notFound();
  throw new FeedReadError(
    'feed.xlsx_corrupt',
    seen === 0 ? 'The file is a zip archive but holds no Excel worksheet' : 'The workbook lists no readable worksheet',
  );
}

function toSheetRow(row: Row, date1904: boolean): SheetRow {
  const cells: Array<string | null> = [];
  row.eachCell((cell, column) => {
    while (cells.length < column - 1) cells.push(null);
    cells.push(xlsxCellText(cell.value, cell.numFmt, date1904));
  });
  return { rowNumber: row.number, cells };
}

/** Cells right of the header hold stray notes as often as data: non-empty ones are a problem. */
function toFeedRow(row: SheetRow, width: number): FeedRow {
  const values = row.cells.slice(0, width);
  while (values.length < width) values.push(null);
  for (let i = width; i < row.cells.length; i++) {
    if (row.cells[i] !== null) return { rowNumber: row.rowNumber, values, problem: 'too_many_fields' };
  }
  return { rowNumber: row.rowNumber, values };
}

/** Whatever exceljs or the unzipper throws means the workbook cannot be read. */
async function corruptOnError<T>(read: Promise<T>, guard: WorkbookStreamGuard): Promise<T> {
  try {
    return await guard.watch(read);
  } catch (error) {
    if (error instanceof FeedReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new FeedReadError('feed.xlsx_corrupt', `Excel 文件已损坏，无法读取 / the Excel file cannot be read: ${detail}`, { cause: error });
  }
}

/**
 * The limits, from the directory alone; then the layout the stream will meet. Each part is
 * held to its declared size while streaming, so the declared total bounds what is unzipped.
 */
async function checkZipDirectory(filePath: string, limits: FeedLimits): Promise<ZipDirectory> {
  const directory = await readZipDirectory(filePath);
  if (directory.worksheets > limits.maxSheets) throw tooManySheets(directory.worksheets, limits.maxSheets);
  if (directory.uncompressedBytes > limits.maxUncompressedBytes) throw tooLarge(limits.maxUncompressedBytes, directory.uncompressedBytes);
  await checkZipLayout(filePath, directory);
  return directory;
}

function tooLarge(maxBytes: number, declared: number): FeedReadError {
  return new FeedReadError(
    'feed.xlsx_too_large',
    `工作簿解压后超过 ${maxBytes} 字节（可能是压缩炸弹） / the workbook unzips to ${declared} bytes, over the limit of ${maxBytes} (XLSX_MAX_UNCOMPRESSED_BYTES): a zip bomb or simply too big`,
  );
}

function tooManySheets(count: number, maxSheets: number): FeedReadError {
  return new FeedReadError(
    'feed.xlsx_too_many_sheets',
    `工作簿有 ${count} 个工作表，超过上限 ${maxSheets} / the workbook has ${count} worksheets, more than the limit of ${maxSheets} (XLSX_MAX_SHEETS)`,
  );
}

/** One sheet of several is empty: say which others exist, the data is usually on one of them. */
function emptySheet(name: string, available: string[], requested: string | undefined): FeedReadError {
  const others = available.filter((sheet) => sheet !== name);
  if (others.length === 0) return new FeedReadError('feed.empty', `Sheet "${name}" is empty`);
  const hint = requested === undefined ? '; choose a sheet (--sheet) — the workbook also has: ' : '; the workbook also has: ';
  return new FeedReadError('feed.sheet_empty', `工作表“${name}”为空 / sheet "${name}" is empty${hint}${others.join(', ')}`, {
    availableSheets: available,
  });
}
