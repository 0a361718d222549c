import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedReadError } from './errors';
import { openFeed } from './open-feed';
import { createTempDir, readAll, type TempDir } from './test-files';

let dir: TempDir;
beforeAll(async () => {
  dir = await createTempDir();
});
afterAll(() => dir.remove());

async function readCsv(name: string, content: string | Uint8Array) {
  const feed = await openFeed(await dir.file(name, content));
  const { format, encoding, headers, headerRowNumber } = feed;
  return { format, encoding, headers, headerRowNumber, rows: await readAll(feed) };
}

async function failure(promise: Promise<unknown>): Promise<FeedReadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedReadError);
  return error as FeedReadError;
}

describe('CSV reader', () => {
  it('reads UTF-8 with trimmed values, empty as null, and source row numbers', async () => {
    const feed = await readCsv('plain.csv', '姓名, 身份证号 ,金额\n张三, 430702197402186286 ,\n\n李四,110101199003077777,12.50\n');
    expect(feed).toMatchObject({ format: 'csv', encoding: 'utf-8', headers: ['姓名', '身份证号', '金额'], headerRowNumber: 1 });
    expect(feed.rows).toEqual([
      { rowNumber: 2, values: ['张三', '430702197402186286', null] },
      { rowNumber: 4, values: ['李四', '110101199003077777', '12.50'] },
    ]);
  });

  it('drops a UTF-8 byte-order mark from the first header', async () => {
    const feed = await readCsv('bom.csv', '\uFEFF姓名,金额\r\n张三,1\r\n');
    expect(feed.headers).toEqual(['姓名', '金额']);
    expect(feed.rows).toEqual([{ rowNumber: 2, values: ['张三', '1'] }]);
  });

  it('detects GBK (as GB18030) when the text is not valid UTF-8', async () => {
    const text = '姓名,住址,备注\r\n张三,湖南省常德市武陵区,"含逗号, 和""引号"""\r\n欧阳娜娜,北京市朝阳区,\r\n';
    const feed = await readCsv('gbk.csv', iconv.encode(text, 'gbk'));
    expect(feed.encoding).toBe('gb18030');
    expect(feed.headers).toEqual(['姓名', '住址', '备注']);
    expect(feed.rows.map((row) => row.values)).toEqual([
      ['张三', '湖南省常德市武陵区', '含逗号, 和"引号"'],
      ['欧阳娜娜', '北京市朝阳区', null],
    ]);
  });

  it('reads UTF-16 with a byte-order mark, tab-separated (Excel "Unicode text")', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t金额\r\n张三\t3.5\r\n', 'utf16le')]);
    const feed = await readCsv('unicode.txt', bytes);
    expect(feed.encoding).toBe('utf-16le');
    expect(feed.headers).toEqual(['姓名', '金额']);
    expect(feed.rows).toEqual([{ rowNumber: 2, values: ['张三', '3.5'] }]);
  });

  it('recognizes UTF-16 saved without a byte-order mark', async () => {
    const feed = await readCsv('utf16-no-bom.csv', Buffer.from('name,amount\r\nA,1\r\nB,2\r\n', 'utf16le'));
    expect(feed.encoding).toBe('utf-16le');
    expect(feed.rows.map((row) => row.values)).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
  });

  it('sniffs the semicolon even when values contain commas', async () => {
    const feed = await readCsv('semi.csv', 'name;amount;note\nA;1,5;x, y\nB;2,25;\n');
    expect(feed.headers).toEqual(['name', 'amount', 'note']);
    expect(feed.rows.map((row) => row.values)).toEqual([
      ['A', '1,5', 'x, y'],
      ['B', '2,25', null],
    ]);
  });

  it('sniffs pipes', async () => {
    const feed = await readCsv('pipe.txt', 'a|b\n1|2\n');
    expect(feed.rows).toEqual([{ rowNumber: 2, values: ['1', '2'] }]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields, counting records not lines', async () => {
    const feed = await readCsv('quoted.csv', 'id,address,note\n1,"长沙市, 岳麓区","第一行\n第二行"\n2,"say ""hi""",plain\r\n3,"",""\n');
    expect(feed.rows).toEqual([
      { rowNumber: 2, values: ['1', '长沙市, 岳麓区', '第一行\n第二行'] },
      { rowNumber: 3, values: ['2', 'say "hi"', 'plain'] },
      { rowNumber: 4, values: ['3', null, null] },
    ]);
  });

  it('reports rows with more or fewer fields than the header instead of failing the file', async () => {
    const feed = await readCsv('fields.csv', 'a,b,c\n1,2,3,4\n1,2\n1,2,3,,\n');
    expect(feed.rows).toEqual([
      { rowNumber: 2, values: ['1', '2', '3'], problem: 'too_many_fields' },
      { rowNumber: 3, values: ['1', '2', null], problem: 'too_few_fields' },
      // Empty trailing fields are Excel padding, not a problem.
      { rowNumber: 4, values: ['1', '2', '3'] },
    ]);
  });

  it('fails with feed.csv_quote and the row number when a quote is never closed', async () => {
    const error = await failure(readCsv('open-quote.csv', 'a,b\n1,2\n3,"never closed\n4,5\n'));
    expect(error.code).toBe('feed.csv_quote');
    expect(error.rowNumber).toBe(3);
  });

  it('finds the header under a title row and makes names unique', async () => {
    const feed = await readCsv(
      'title.csv',
      '2026年11月公租房补贴发放表,,,,\n,,,,\n姓名,身份证号,金额,金额,\n张三,430702197402186286,100,200,\n',
    );
    expect(feed.headerRowNumber).toBe(3);
    expect(feed.headers).toEqual(['姓名', '身份证号', '金额', '金额_2']);
    expect(feed.rows).toEqual([{ rowNumber: 4, values: ['张三', '430702197402186286', '100', '200'] }]);
  });

  it('names an empty header cell between named ones by its position', async () => {
    const feed = await readCsv('gap.csv', 'a,,c\n1,2,3\n');
    expect(feed.headers).toEqual(['a', 'column_2', 'c']);
  });

  it('reads a header-only file as no rows, and a last record without a line break', async () => {
    expect((await readCsv('header-only.csv', 'a,b\n')).rows).toEqual([]);
    expect((await readCsv('no-eol.csv', 'a,b\n1,"2"')).rows).toEqual([{ rowNumber: 2, values: ['1', '2'] }]);
  });

  it('reads old Mac line endings (bare CR)', async () => {
    const feed = await readCsv('mac.csv', 'a,b\r1,2\r3,4\r');
    expect(feed.rows.map((row) => row.values)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('fails with feed.empty for an empty or blank file', async () => {
    expect((await failure(readCsv('empty.csv', ''))).code).toBe('feed.empty');
    expect((await failure(readCsv('blank.csv', '\uFEFF \r\n\r\n'))).code).toBe('feed.empty');
    expect((await failure(readCsv('commas.csv', ',,,\n,,\n'))).code).toBe('feed.empty');
  });

  it('fails with feed.encoding when UTF-8 text turns into GBK after the sniffed start', async () => {
    const head = Buffer.from(`名称,值\n${'甲,1\n'.repeat(50_000)}`);
    const error = await failure(readCsv('mixed.csv', Buffer.concat([head, iconv.encode('乙,2\n', 'gbk')])));
    expect(error.code).toBe('feed.encoding');
  });

  it('streams a file larger than one read chunk with records across chunk boundaries', async () => {
    const lines = ['id,text'];
    for (let i = 0; i < 20_000; i++) lines.push(i % 7 === 0 ? `${i},"多行\n文本 ${i}, ""引"""` : `${i},文本${i}`);
    const feed = await readCsv('large.csv', `${lines.join('\r\n')}\r\n`);
    expect(feed.rows).toHaveLength(20_000);
    expect(feed.rows[7]).toEqual({ rowNumber: 9, values: ['7', '多行\n文本 7, "引"'] });
    expect(feed.rows.at(-1)).toEqual({ rowNumber: 20_001, values: ['19999', '多行\n文本 19999, "引"'] });
    expect(feed.rows.at(-2)).toEqual({ rowNumber: 20_000, values: ['19998', '文本19998'] });
  });

  it('yields nothing more once closed', async () => {
    const feed = await openFeed(await dir.file('early.csv', `a\n${'1\n'.repeat(100_000)}`));
    const rows = feed.rows[Symbol.asyncIterator]();
    expect((await rows.next()).value).toEqual({ rowNumber: 2, values: ['1'] });
    await feed.close();
    expect(await rows.next()).toEqual({ done: true, value: undefined });
  });
});
