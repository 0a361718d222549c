import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFeed } from './open-feed';
import { createTempDir, readAll, type TempDir } from './test-files';

let dir: TempDir;
beforeAll(async () => {
  dir = await createTempDir();
});
afterAll(() => dir.remove());

async function readJson(content: string, name = 'feed.json') {
  const feed = await openFeed(await dir.file(name, content));
  const { format, headers, headerRowNumber } = feed;
  return { format, headers, headerRowNumber, rows: await readAll(feed) };
}

const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (caught: unknown) => caught);

describe('JSON reader', () => {
  it('streams an array of objects; headers are the union of keys in first-seen order', async () => {
    const feed = await readJson(`[
      {"姓名": " 张三 ", "身份证号": 430702197402186286, "金额": 12.50},
      {"姓名": "李四", "住址": {"市": "常德", "门牌": [1, 2.0]}, "已核实": true, "备注": ""},
      {"金额": null, "姓名": "王五"}
    ]`);
    expect(feed.format).toBe('json');
    expect(feed.headerRowNumber).toBe(1);
    expect(feed.headers).toEqual(['姓名', '身份证号', '金额', '住址', '已核实', '备注']);
    expect(feed.rows).toEqual([
      // Numbers keep their source text: no rounding of 18-digit IDs, no lost zeros.
      { rowNumber: 1, values: ['张三', '430702197402186286', '12.50', null, null, null] },
      { rowNumber: 2, values: ['李四', null, null, '{"市":"常德","门牌":[1,2.0]}', 'true', null] },
      { rowNumber: 3, values: ['王五', null, null, null, null, null] },
    ]);
  });

  it('reports a non-object element as a row problem', async () => {
    const feed = await readJson('[{"a": 1}, [1, {"b": 2}], "x", {"a": 2}]');
    expect(feed.rows).toEqual([
      { rowNumber: 1, values: ['1'] },
      { rowNumber: 2, values: [null], problem: 'not_an_object' },
      { rowNumber: 3, values: [null], problem: 'not_an_object' },
      { rowNumber: 4, values: ['2'] },
    ]);
  });

  it('fails with feed.json_shape when the document is not an array of objects', async () => {
    expect(await failureOf(readJson('{"data": [{"a": 1}]}', 'object.json'))).toMatchObject({ code: 'feed.json_shape' });
    expect(await failureOf(readJson('[1, 2, 3]'))).toMatchObject({ code: 'feed.json_shape' });
  });

  it('fails with feed.json_syntax on broken JSON, naming the element or one shortly before', async () => {
    const items = Array.from({ length: 2_000 }, (_, i) => (i === 999 ? '{"a": 1000,, }' : `{"a": ${i + 1}}`));
    const error = await failureOf(readJson(`[${items.join(',')}]`));
    expect(error).toMatchObject({ code: 'feed.json_syntax' });
    const { rowNumber } = error as { rowNumber: number };
    expect(rowNumber).toBeLessThanOrEqual(1_000);
    expect(rowNumber).toBeGreaterThan(1_000 - 30);
    expect(await failureOf(readJson('[{"a": 1}, {"a": 2'))).toMatchObject({ code: 'feed.json_syntax' });
  });

  it('fails with feed.empty for an empty array and feed.no_header for keyless objects', async () => {
    expect(await failureOf(readJson(' [ ] '))).toMatchObject({ code: 'feed.empty' });
    expect(await failureOf(readJson('[{}, {}]'))).toMatchObject({ code: 'feed.no_header' });
  });

  it('streams a long array across read chunks', async () => {
    const items = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: i, name: `名字${i}`, tags: [i] }));
    const feed = await readJson(`[${items.join(',\n')}]`);
    expect(feed.rows).toHaveLength(30_000);
    expect(feed.rows.at(-1)).toEqual({ rowNumber: 30_000, values: ['29999', '名字29999', '[29999]'] });
  });
});

describe('NDJSON reader', () => {
  it('reads one object per line; a broken line is a row with a problem, blank lines are skipped', async () => {
    const feed = await readJson(
      [
        '{"身份证号": 430702197402186286, "姓名": "张三", "住址": {"市": "常德"}}',
        '',
        '{"身份证号": "110101199003077777", "姓名": "李四", "年龄": 36}',
        '{"姓名": "王五", broken',
        '[1, 2]',
        '{"姓名": "赵六"}',
      ].join('\r\n'),
      'feed.ndjson',
    );
    expect(feed.format).toBe('ndjson');
    expect(feed.headers).toEqual(['身份证号', '姓名', '住址', '年龄']);
    expect(feed.rows).toEqual([
      { rowNumber: 1, values: ['430702197402186286', '张三', '{"市":"常德"}', null] },
      { rowNumber: 3, values: ['110101199003077777', '李四', null, '36'] },
      { rowNumber: 4, values: [null, null, null, null], problem: 'invalid_json' },
      { rowNumber: 5, values: [null, null, null, null], problem: 'not_an_object' },
      { rowNumber: 6, values: [null, '赵六', null, null] },
    ]);
  });

  it('is detected from content and from a .json name holding lines of objects', async () => {
    expect((await readJson('{"a": 1}\n{"a": 2}\n', 'upload')).format).toBe('ndjson');
    expect((await readJson('{"a": 1}\n{"a": 2}\n', 'export.json')).format).toBe('ndjson');
  });

  it('fails with feed.ndjson_line when no line is JSON', async () => {
    const error = await failureOf(readJson('{oops\n{still not\n', 'bad.ndjson'));
    expect(error).toMatchObject({ code: 'feed.ndjson_line', rowNumber: 1 });
  });
});
