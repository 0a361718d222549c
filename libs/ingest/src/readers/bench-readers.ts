// Reader throughput: `npx tsx libs/ingest/src/readers/bench-readers.ts [rows]`.
// Generates files in a temp dir, reads them through openFeed and prints rows/s, each
// beside a raw baseline from the same run (reading the file and counting line breaks),
// since absolute numbers say little across machines.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { openFeed } from './open-feed';

const CSV_ROWS = Number(process.argv[2] ?? 1_000_000);
const XLSX_ROWS = Math.min(CSV_ROWS, 200_000);

function csvLine(i: number): string {
  return `${430702197402180000 + i},张三${i % 1000},${(i * 1.25).toFixed(2)},2026-11-${String((i % 28) + 1).padStart(2, '0')}\n`;
}

async function writeCsv(file: string, encode: (text: string) => Buffer): Promise<void> {
  const out = createWriteStream(file);
  let text = '身份证号,姓名,金额,发放日期\n';
  for (let i = 0; i < CSV_ROWS; i++) {
    text += csvLine(i);
    if (text.length > 256 * 1024) {
      if (!out.write(encode(text))) await once(out, 'drain');
      text = '';
    }
  }
  out.end(encode(text));
  await once(out, 'finish');
}

async function writeXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('发放表');
  sheet.addRow(['身份证号', '姓名', '金额', '发放日期']).commit();
  for (let i = 0; i < XLSX_ROWS; i++) {
    sheet.addRow([String(430702197402180000 + i), `张三${i % 1000}`, i * 1.25, new Date(Date.UTC(2026, 10, (i % 28) + 1))]).commit();
  }
  await sheet.commit();
  await workbook.commit();
}

/** The floor: bytes off the disk and a count of line breaks, no decoding. */
async function rawBaseline(file: string): Promise<number> {
  const started = performance.now();
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines / ((performance.now() - started) / 1000);
}

async function measure(label: string, file: string, baseline?: number): Promise<void> {
  const started = performance.now();
  const feed = await openFeed(file);
  let rows = 0;
  for await (const row of feed.rows) if (row.values.length > 0) rows++;
  await feed.close();
  const seconds = (performance.now() - started) / 1000;
  const rate = rows / seconds;
  const megabytes = (await stat(file)).size / 1024 / 1024;
  const ratio = baseline ? `, ${(rate / baseline).toFixed(2)}× raw line count (${Math.round(baseline).toLocaleString('en')} lines/s)` : '';
  console.log(
    `${label.padEnd(10)} ${rows.toLocaleString('en')} rows, ${megabytes.toFixed(0)} MB in ${seconds.toFixed(2)} s: ` +
      `${Math.round(rate).toLocaleString('en')} rows/s${ratio}`,
  );
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-readers-'));
try {
  const utf8 = path.join(dir, 'feed-utf8.csv');
  const gbk = path.join(dir, 'feed-gbk.csv');
  const xlsx = path.join(dir, 'feed.xlsx');
  await writeCsv(utf8, (text) => Buffer.from(text, 'utf8'));
  await writeCsv(gbk, (text) => iconv.encode(text, 'gb18030'));
  await writeXlsx(xlsx);

  await measure('CSV UTF-8', utf8, await rawBaseline(utf8));
  await measure('CSV GBK', gbk, await rawBaseline(gbk));
  await measure('XLSX', xlsx);
} finally {
  await rm(dir, { recursive: true, force: true });
}
