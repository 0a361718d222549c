// Rows per second of the housing.rental_subsidy standardizer on one core, against a
// baseline of calling the four @zhijian/standard normalizers directly on the same cells.
// Run: npx tsx libs/catalog/src/bench-standardize.ts [rows]
import { normalizeAmount, normalizeMonth, normalizeName, normalizeResidentId } from '@zhijian/standard';
import { autoMapHeaders } from './auto-map';
import { builtInDataset } from './datasets';
import { createRowStandardizer } from './standardize-row';
import { sampleResidentId } from './testing/sample-identifiers';

const rowCount = Number(process.argv[2] ?? 1_000_000);
const headers = ['公民身份号码', '姓名', '发放月份', '发放金额(元)'];
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const givenNames = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

// 50,000 recipients paid over 20 months, as a subsidy ledger looks.
const rows: string[][] = [];
for (let i = 0; i < rowCount; i++) {
  const person = i % 50_000;
  const birth = `19${String(50 + (person % 40))}${String(1 + (person % 12)).padStart(2, '0')}${String(1 + (person % 28)).padStart(2, '0')}`;
  rows.push([
    sampleResidentId(person, birth),
    `${surnames[person % surnames.length]}${givenNames[person % givenNames.length]}${givenNames[(person * 7) % givenNames.length]}`,
    `2023-${String(1 + (Math.floor(i / 50_000) % 12)).padStart(2, '0')}`,
    `${300 + (person % 500)}.00`,
  ]);
}

const spec = builtInDataset('housing.rental_subsidy');
const { mapping } = autoMapHeaders(spec, headers);
const standardize = createRowStandardizer(spec, mapping, headers);

/** Best of three timed runs after a warm-up, so a stray GC pause or JIT tier-up is not measured. */
function timeRowsPerSecond(run: () => number): { rate: number; checksum: number } {
  run();
  let best = 0;
  let checksum = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    checksum = run();
    best = Math.max(best, rowCount / ((performance.now() - start) / 1000));
  }
  return { rate: best, checksum };
}

const baseline = timeRowsPerSecond(() => {
  let ok = 0;
  for (const row of rows) {
    if (
      normalizeResidentId(row[0] as string).ok &&
      normalizeName(row[1] as string).ok &&
      normalizeMonth(row[2] as string).ok &&
      normalizeAmount(row[3] as string).ok
    ) {
      ok++;
    }
  }
  return ok;
});

const catalog = timeRowsPerSecond(() => {
  let ok = 0;
  for (let i = 0; i < rows.length; i++) if (standardize(rows[i] as string[], i + 2).ok) ok++;
  return ok;
});

const format = (rate: number) => Math.round(rate).toLocaleString('en-US');
console.log(`housing.rental_subsidy, ${rowCount.toLocaleString('en-US')} rows, one core`);
console.log(`  direct @zhijian/standard calls: ${format(baseline.rate)} rows/s (${baseline.checksum} valid)`);
console.log(`  createRowStandardizer:          ${format(catalog.rate)} rows/s (${catalog.checksum} valid)`);
console.log(`  ratio: ${(catalog.rate / baseline.rate).toFixed(2)}× the direct calls`);
