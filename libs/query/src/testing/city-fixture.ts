// A small, hand-built library for relational-query tests and the browser test, delivered
// through the real ingestion pipeline (submit → stage → publish) and then indexed for search.
//
//   王建国 (official, legacy 15-digit ID) ─employment→ 市住建局 (61 officials: a hub)
//      │ family (spouse)                                  │ buyer (won bid)
//      ▼                                                  ▼
//   李秀英 ─────────────shareholder (60%)──────────▶ 常德恒通建设有限公司 ◀─legal_representative─ 张伟
//
// So 王建国 reaches the enterprise by two shortest paths of length 2; 黃誌明 is written in
// traditional characters; 张伟 called the 12345 hotline from 13812345678.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type DbHandle, schema } from '@zhijian/db';
import { addResponsibility, decideMatchReview, listMatchReviews, publishBatch, registerBuiltInDatasets, stageBatch, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { organizationCodeCheckCharacter, residentIdCheckCharacter, usccCheckCharacter } from '@zhijian/standard';
import { refreshSearchTerms } from '../search/search-terms';

function residentId(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid USCC from its prefix (authority, type, region) and an 8-character organization code. */
function uscc(prefix8: string, organization8: string): string {
  const body17 = prefix8 + organization8 + organizationCodeCheckCharacter(organization8);
  return body17 + usccCheckCharacter(body17);
}

export const CITY = {
  official: { name: '王建国', id: residentId('430702', '19650308', '011'), legacyId: '430702650308011' },
  spouse: { name: '李秀英', id: residentId('430702', '19670912', '022') },
  legalRep: { name: '张伟', id: residentId('430702', '19800101', '031'), phone: '13812345678' },
  traditional: { name: '黃誌明', id: residentId('430703', '19720415', '041') },
  bureau: { name: '常德市住房和城乡建设局', uscc: uscc('11430700', 'MB123456') },
  enterprise: { name: '常德恒通建设有限公司', uscc: uscc('91430700', 'MA4L1234') },
  loser: { name: '常德远达工程有限公司', uscc: uscc('91430700', 'MA4L6789') },
  certificate: '湘(2018)常德市不动产权第0001234号',
  address: '常德市武陵区朝阳路12号',
  /** Officials of the bureau besides 王建国: enough to make it a hub at threshold 50. */
  colleagues: 60,
} as const;

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const colleagueName = (i: number) => `同${STEMS[Math.floor(i / 10)]}${STEMS[i % 10]}`;
const colleagueId = (i: number) => residentId('430702', '19700101', String(100 + i * 2 + 1).padStart(3, '0'));

const FEEDS: Array<{ department: string; dataset: string; lines: string[] }> = [
  {
    department: 'police',
    dataset: 'population.person',
    lines: [
      '公民身份号码,姓名,性别,住址,户籍所在区划',
      `${CITY.official.id},${CITY.official.name},男,${CITY.address},430702`,
      `${CITY.spouse.id},${CITY.spouse.name},女,${CITY.address},430702`,
      `${CITY.legalRep.id},${CITY.legalRep.name},男,常德市武陵区人民路8号,430702`,
      `${CITY.traditional.id},${CITY.traditional.name},男,常德市鼎城区武陵大道1号,430703`,
    ],
  },
  {
    department: 'police',
    dataset: 'population.family',
    lines: ['本人公民身份号码,关系人公民身份号码,关系,关系起始日期', `${CITY.official.id},${CITY.spouse.id},配偶,1990-05-01`],
  },
  {
    department: 'hr',
    dataset: 'hr.public_official',
    lines: [
      '公民身份号码,姓名,工作单位,单位统一社会信用代码,职务,任职日期',
      `${CITY.official.id},${CITY.official.name},${CITY.bureau.name},${CITY.bureau.uscc},副局长,2015-01-01`,
      ...Array.from({ length: CITY.colleagues }, (_, i) => `${colleagueId(i)},${colleagueName(i)},${CITY.bureau.name},${CITY.bureau.uscc},科员,2016-01-01`),
    ],
  },
  {
    department: 'market',
    dataset: 'market.enterprise',
    lines: [
      '统一社会信用代码,企业名称,法定代表人,法定代表人公民身份号码,成立日期',
      `${CITY.enterprise.uscc},${CITY.enterprise.name},${CITY.legalRep.name},${CITY.legalRep.id},2016-06-01`,
      `${CITY.loser.uscc},${CITY.loser.name},${CITY.traditional.name},${CITY.traditional.id},2012-03-01`,
    ],
  },
  {
    department: 'market',
    dataset: 'market.shareholder',
    lines: ['企业统一社会信用代码,股东公民身份号码,股东名称,持股比例,持股起始日期', `${CITY.enterprise.uscc},${CITY.spouse.id},${CITY.spouse.name},60%,2016-06-01`],
  },
  {
    department: 'trading',
    dataset: 'procurement.bid',
    lines: [
      '项目编号,项目名称,招标人统一社会信用代码,招标人,投标人统一社会信用代码,投标人,投标报价,是否中标,开标日期',
      `CDZJ-2023-017,朝阳路棚户区改造工程,${CITY.bureau.uscc},${CITY.bureau.name},${CITY.enterprise.uscc},${CITY.enterprise.name},12000000,中标,2023-04-18`,
      `CDZJ-2023-017,朝阳路棚户区改造工程,${CITY.bureau.uscc},${CITY.bureau.name},${CITY.loser.uscc},${CITY.loser.name},12500000,未中标,2023-04-18`,
    ],
  },
  {
    department: 'realestate',
    dataset: 'realestate.property',
    lines: [
      '不动产权证号,权利人公民身份号码,权利人,坐落,登记日期,注销日期',
      `${CITY.certificate},${CITY.official.id},${CITY.official.name},${CITY.address},2018-03-02,2021-07-30`,
    ],
  },
  {
    department: 'hotline',
    dataset: 'hotline.ticket',
    lines: [
      '工单编号,受理时间,来电号码,来电人,所属区县,事发地址,诉求内容',
      `GD20240301001,2024-03-01 09:30:00,${CITY.legalRep.phone},${CITY.legalRep.name},430702,常德市武陵区人民路8号,=HYPERLINK("http://example.com") 反映道路破损`,
    ],
  },
];

/** Delivers the city into an empty (migrated) library; returns the batch ids by dataset. */
export async function deliverCityFixture(handle: DbHandle, options: { dataDir: string; workDir: string }): Promise<Record<string, string>> {
  await registerBuiltInDatasets(handle.db);
  const departments = [...new Set(FEEDS.map((f) => f.department))];
  await handle.db
    .insert(schema.departments)
    .values(departments.map((code) => ({ code, name: DEPARTMENT_NAMES[code] ?? code })))
    .onConflictDoNothing();
  const batches: Record<string, string> = {};
  for (const feed of FEEDS) {
    await addResponsibility(handle.db, { departmentCode: feed.department, datasetCode: feed.dataset, frequency: 'monthly' });
    const fileName = `${feed.dataset}.csv`;
    const file = path.join(options.workDir, fileName);
    await writeFile(file, `${feed.lines.join('\n')}\n`);
    const stored = await storeFeedFile(options.dataDir, file);
    const { batchId } = await submitFeed(handle, { dataDir: options.dataDir, sha256: stored.sha256, fileName, datasetCode: feed.dataset, departmentCode: feed.department, uploadedVia: 'cli' });
    const staged = await stageBatch(handle, batchId, { dataDir: options.dataDir });
    if (staged !== 'staged') throw new Error(`fixture ${feed.dataset}: ${staged}`);
    const published = await publishBatch(handle, batchId);
    if (published !== 'published') throw new Error(`fixture ${feed.dataset}: ${published}`);
    // A caller known only by name and county waits for review; a reviewer accepts it here,
    // which is also when the caller's phone becomes searchable.
    for (const review of await listMatchReviews(handle.db, { status: 'pending' })) {
      if (review.batchId === batchId) await decideMatchReview(handle, { id: review.id, decision: 'accept', reviewerId: null });
    }
    await refreshSearchTerms(handle, batchId);
    batches[feed.dataset] = batchId;
  }
  return batches;
}

const DEPARTMENT_NAMES: Record<string, string> = {
  police: '市公安局',
  hr: '市委组织部',
  market: '市市场监督管理局',
  trading: '市公共资源交易中心',
  realestate: '市不动产登记中心',
  hotline: '12345政务服务便民热线',
};
