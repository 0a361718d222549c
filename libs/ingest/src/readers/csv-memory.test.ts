// Readers must stream: a file far larger than the memory they use.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openFeed } from './open-feed';
import { createTempDir, type TempDir } from './test-files';

const FILE_BYTES = 50 * 1024 * 1024;
/**
 * Loose on purpose: V8 sizes its heap lazily and collects in a sawtooth. Holding the file
 * would cost well over 100 MB (UTF-16 strings plus a row object per line).
 */
const MAX_RSS_GROWTH_BYTES = 40 * 1024 * 1024;
/** What may stay reachable after a full collection: chunk buffers and the current batch. */
const MAX_RETAINED_HEAP_BYTES = 10 * 1024 * 1024;

// A full collection on demand makes the sawtooth flat and the retained heap measurable.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

let dir: TempDir;
let filePath: string;
let rows = 0;

beforeAll(async () => {
  dir = await createTempDir();
  filePath = dir.path('large.csv');
  const out = createWriteStream(filePath);
  out.write('身份证号,姓名,住址,金额\n');
  let written = 0;
  while (written < FILE_BYTES) {
    let text = '';
    for (let i = 0; i < 5_000; i++, rows++) {
      text += `${430702197402180000 + rows},张三${rows % 977},"湖南省常德市武陵区, ${rows % 300}号",${rows % 10_000}.25\n`;
    }
    const bytes = Buffer.from(text);
    written += bytes.length;
    if (!out.write(bytes)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}, 60_000);
afterAll(() => dir.remove());

it('reads a 50 MB CSV without its memory growing with the file', async () => {
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = rssBefore;
  let peakRetained = 0;
  let count = 0;

  const feed = await openFeed(filePath);
  for await (const row of feed.rows) {
    if (row.values[0] !== null) count++;
    if (count % 50_000 === 0) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      collectGarbage();
      peakRetained = Math.max(peakRetained, process.memoryUsage().heapUsed - heapBefore);
    }
  }
  await feed.close();

  expect(count).toBe(rows);
  expect(peakRetained).toBeLessThan(MAX_RETAINED_HEAP_BYTES);
  expect(peakRss - rssBefore).toBeLessThan(MAX_RSS_GROWTH_BYTES);
}, 60_000);
