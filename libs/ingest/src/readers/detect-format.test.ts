import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';
import { openFeed } from './open-feed';
import { createTempDir, type TempDir } from './test-files';

let dir: TempDir;
beforeAll(async () => {
  dir = await createTempDir();
});
afterAll(() => dir.remove());

describe('detectFormat', () => {
  it('trusts the zip signature over the name', async () => {
    const zip = await dir.file('report.csv', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]));
    expect(await detectFormat(zip)).toBe('xlsx');
  });

  it('uses the extension of the upload name, then the first character', async () => {
    const text = await dir.file('upload-1', 'a,b\n1,2\n');
    expect(await detectFormat(text, '数据.NDJSON')).toBe('ndjson');
    expect(await detectFormat(text, '数据.tsv')).toBe('csv');
    expect(await detectFormat(text)).toBe('csv');
    expect(await detectFormat(await dir.file('upload-2', '\uFEFF  [{"a": 1}]'))).toBe('json');
    expect(await detectFormat(await dir.file('upload-3', '{"a": 1}\n'))).toBe('ndjson');
  });

  it('reads an .xlsx without the zip signature by its content (a CSV an export tool misnamed)', async () => {
    expect(await detectFormat(await dir.file('export.xlsx', '姓名,金额\n张三,1\n'))).toBe('csv');
  });

  it('tells a .json document from lines of objects', async () => {
    expect(await detectFormat(await dir.file('a.json', '[\n{"a": 1}\n]'))).toBe('json');
    expect(await detectFormat(await dir.file('b.json', '{"a": 1}\n{"a": 2}\n'))).toBe('ndjson');
    expect(await detectFormat(await dir.file('c.json', '{\n  "data": []\n}'))).toBe('json');
  });

  it('refuses old .xls workbooks and binary files', async () => {
    const xls = await dir.file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(detectFormat(xls)).rejects.toMatchObject({ code: 'feed.unsupported_format' });
    const binary = await dir.file('photo', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await expect(detectFormat(binary)).rejects.toMatchObject({ code: 'feed.unsupported_format' });
  });

  it('reports an empty file as feed.empty whatever the format', async () => {
    const empty = await dir.file('empty.xlsx', '');
    await expect(openFeed(empty)).rejects.toMatchObject({ code: 'feed.empty' });
  });
});
