// Reader throughput: `npx tsx libs/ingest/src/readers/bench-readers.ts [rows]`.
// Generates files in a temp dir, reads them through openFeed and prints rows/s. Text
// formats also print the ratio to a raw baseline from the same run — decoding the file
// and counting its line breaks, the least any reader must do — since absolute numbers
// say little across machines.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createChunkDecoder, type TextEncodingName } from './encoding';
import { openFeed } from './open-feed';

const CSV_ROWS = Number(process.argv[2] ?? 1_000_000);
/** Slower formats get fewer rows so the whole run stays under a minute. */
const SMALL_ROWS = Math.min(CSV_ROWS, 200_000);

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
  for (let i = 0; i < SMALL_ROWS; i++) {
    sheet.addRow([String(430702197402180000 + i), `张三${i % 1000}`, i * 1.25, new Date(Date.UTC(2026, 10, (i % 28) + 1))]).commit();
  }
  await sheet.commit();
  await workbook.commit();
}

async function writeJson(file: string, lineDelimited: boolean): Promise<void> {
  const out = createWriteStream(file);
  let text = lineDelimited ? '' : '[\n';
  for (let i = 0; i < SMALL_ROWS; i++) {
    const record = JSON.stringify({ 身份证号: String(430702197402180000 + i), 姓名: `张三${i % 1000}`, 金额: i * 1.25, 发放日期: '2026-11-15' });
    text += lineDelimited ? `${record}\n` : `${i === 0 ? '' : ',\n'}${record}`;
    if (text.length > 256 * 1024) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.end(lineDelimited ? text : `${text}\n]\n`);
  await once(out, 'finish');
}

/** The floor: the file decoded and its line breaks counted. */
async function rawBaseline(file: string, encoding: TextEncodingName): Promise<number> {
  const started = performance.now();
  const decoder = createChunkDecoder(encoding);
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  }
  return lines / ((performance.now() - started) / 1000);
}

/** Best of a few runs: the first pays for JIT warm-up, and other processes share the cores. */
const RUNS = 3;

async function readRows(file: string): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  const feed = await openFeed(file);
  let rows = 0;
  for await (const row of feed.rows) if (row.values.length > 0) rows++;
  await feed.close();
  return { rows, seconds: (performance.now() - started) / 1000 };
}

async function measure(label: string, file: string, baseline?: () => Promise<number>): Promise<void> {
  let best = { rows: 0, seconds: Infinity };
  let floor = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await readRows(file);
    if (result.seconds < best.seconds) best = result;
    if (baseline) floor = Math.max(floor, await baseline());
  }
  const rate = best.rows / best.seconds;
  const megabytes = (await stat(file)).size / 1024 / 1024;
  const ratio = floor ? `, ${(rate / floor).toFixed(2)}× raw decode + line count (${Math.round(floor).toLocaleString('en')} lines/s)` : '';
  console.log(
    `${label.padEnd(10)} ${best.rows.toLocaleString('en')} rows, ${megabytes.toFixed(0)} MB in ${best.seconds.toFixed(2)} s: ` +
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
  const json = path.join(dir, 'feed.json');
  const ndjson = path.join(dir, 'feed.ndjson');
  await writeJson(json, false);
  await writeJson(ndjson, true);

  await measure('CSV UTF-8', utf8, () => rawBaseline(utf8, 'utf-8'));
  await measure('CSV GBK', gbk, () => rawBaseline(gbk, 'gb18030'));
  await measure('XLSX', xlsx);
  await measure('JSON', json);
  await measure('NDJSON', ndjson, () => rawBaseline(ndjson, 'utf-8'));
} finally {
  await rm(dir, { recursive: true, force: true });
}
