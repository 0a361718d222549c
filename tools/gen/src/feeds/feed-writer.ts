// One writer per feed, appending rows to a buffer that is flushed to disk in large
// pieces: the generator never holds a dataset in memory, whatever the city's size.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { type FeedDefinition } from './definitions';
import { stampZipEntries } from './zip-stamp';

export type Cell = string | number | null | undefined;
/** Field name → cell, in the department's own notation. */
export type FeedRow = Readonly<Record<string, Cell>>;

export interface FeedSummary {
  readonly file: string;
  readonly dataset: string;
  readonly department: string;
  readonly format: FeedDefinition['format'];
  readonly encoding: FeedDefinition['encoding'];
  readonly rows: number;
  readonly expectedRejects: number;
}

const FLUSH_AT = 1 << 20;

export abstract class FeedWriter {
  rows = 0;
  expectedRejects = 0;

  constructor(readonly definition: FeedDefinition) {}

  /** A row the pipeline must accept. */
  row(values: FeedRow): void {
    this.rows++;
    this.append(this.definition.columns.map(([, field]) => values[field]));
  }

  /** A truly bad row: the pipeline must reject it. */
  bad(values: FeedRow): void {
    this.expectedRejects++;
    this.row(values);
  }

  summary(): FeedSummary {
    const { file, dataset, department, format, encoding } = this.definition;
    return { file, dataset, department, format, encoding, rows: this.rows, expectedRejects: this.expectedRejects };
  }

  protected abstract append(cells: Cell[]): void;
  /** Resolves when the file can take more (backpressure). */
  abstract drain(): Promise<void>;
  abstract close(): Promise<void>;
}

class TextFeedWriter extends FeedWriter {
  private buffer = '';
  private readonly stream: WriteStream;

  constructor(definition: FeedDefinition, path: string) {
    super(definition);
    this.stream = createWriteStream(path);
    if (definition.format === 'csv') {
      // Some exports carry the BOM Excel writes for UTF-8; GBK files never do.
      if (definition.bom) this.buffer += '\ufeff';
      this.buffer += definition.columns.map(([header]) => csvCell(header)).join(',') + '\r\n';
    }
  }

  protected append(cells: Cell[]): void {
    if (this.definition.format === 'ndjson') {
      const object: Record<string, string | number> = {};
      this.definition.columns.forEach(([header], i) => {
        const cell = cells[i];
        if (cell !== null && cell !== undefined) object[header] = cell;
      });
      this.buffer += JSON.stringify(object) + '\n';
    } else {
      this.buffer += cells.map(csvCell).join(',') + '\r\n';
    }
  }

  async drain(): Promise<void> {
    if (this.buffer.length < FLUSH_AT) return;
    const chunk = this.definition.encoding === 'gbk' ? iconv.encode(this.buffer, 'gbk') : Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.drain();
    if (this.buffer.length > 0) {
      this.stream.write(this.definition.encoding === 'gbk' ? iconv.encode(this.buffer, 'gbk') : Buffer.from(this.buffer, 'utf8'));
      this.buffer = '';
    }
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

class XlsxFeedWriter extends FeedWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private sinceDrain = 0;

  constructor(
    definition: FeedDefinition,
    private readonly path: string,
    private readonly stamp: Date,
  ) {
    super(definition);
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false, created: stamp, modified: stamp } as never);
    this.sheet = this.workbook.addWorksheet(definition.sheet ?? 'Sheet1');
    // Departments export a report: a merged title row above the header.
    const title = this.sheet.addRow([definition.title ?? '']);
    this.sheet.mergeCells(1, 1, 1, definition.columns.length);
    title.commit();
    this.sheet.addRow(definition.columns.map(([header]) => header)).commit();
  }

  protected append(cells: Cell[]): void {
    this.sheet.addRow(cells.map((cell) => (cell === undefined ? null : cell))).commit();
    this.sinceDrain++;
  }

  async drain(): Promise<void> {
    // exceljs streams through its own zip; yielding lets it write out what is queued.
    if (this.sinceDrain < 20_000) return;
    this.sinceDrain = 0;
    await new Promise((resolve) => setImmediate(resolve));
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
    // Same seed, same bytes: exceljs lets its zip entries carry the clock's time.
    await stampZipEntries(this.path, this.stamp);
  }
}

/** `stamp` dates what a format records about itself (XLSX document properties and zip entries). */
export function openFeedWriter(definition: FeedDefinition, path: string, stamp: Date): FeedWriter {
  return definition.format === 'xlsx' ? new XlsxFeedWriter(definition, path, stamp) : new TextFeedWriter(definition, path);
}
