// Planted hotline patterns: repeat callers and addresses (and near-misses), a county's
// surge in one recent month, and ~40 tickets about one market's unrefunded deposits.
import { type City } from '../city';
import { COUNTIES, type County } from '../names';
import { type Hotline, monthBounds } from '../hotline';

const ESTATES = ['桃花苑', '翰林世家', '书香名邸', '金色家园', '江南水乡', '紫菱花园', '滨湖壹号', '阳光新城', '柳叶湖畔', '沅江明珠'];

export function plantHotlineCases(city: City, hotline: Hotline, hits: number, nearMisses: number): void {
  const { truth, hotline: random } = city;
  const windowStart = () => random.int(city.historyStartDay, city.asOfDay - 90);
  let estateSerial = 0;
  // Addresses of a named estate, a form no background ticket uses.
  const estateAddress = (county: County) => {
    const n = ++estateSerial;
    return `${county.name}${county.streets[n % county.streets.length]}${(n % 97) + 1}号${ESTATES[n % ESTATES.length]}小区${Math.floor(n / 97) + 1}栋`;
  };

  for (let i = 0; i < hits; i++) {
    const phone = hotline.newPhone();
    const start = windowStart();
    const count = random.int(3, 4);
    for (let t = 0; t < count; t++) {
      const county = hotline.pickCounty();
      hotline.ticket({ day: start + Math.round((t * 20) / (count - 1)), phone, county, address: hotline.uniqueAddress(county), category: hotline.pickCategory() });
    }
    truth.warn('hotline.repeat_complaint', { type: 'phone', key: phone }, `同一号码 30 天内来电 ${count} 次 / ${count} calls within 30 days`);
    truth.analysis.repeatCallers.push({ phone, tickets: count });
  }

  for (let i = 0; i < hits; i++) {
    const county = hotline.pickCounty();
    const address = estateAddress(county);
    const category = hotline.category(random.pick(['城市管理', '住房保障']));
    const subcategory = random.pick(category.subcategories);
    const start = windowStart();
    for (let t = 0; t < 3; t++) {
      hotline.ticket({ day: start + t * random.int(5, 12), phone: hotline.newPhone(), county, address, category, subcategory });
    }
    truth.warn('hotline.repeat_complaint', { type: 'address', key: `${address}|${category.name}` }, `同一地点同类诉求 30 天内 3 次 / same place and category 3 times within 30 days`);
    truth.analysis.repeatAddresses.push({ address, category: category.name, tickets: 3 });
  }

  for (let i = 0; i < nearMisses; i++) {
    const twice = hotline.newPhone();
    const start = windowStart();
    for (let t = 0; t < 2; t++) {
      const county = hotline.pickCounty();
      hotline.ticket({ day: start + t * 6, phone: twice, county, address: hotline.uniqueAddress(county), category: hotline.pickCategory() });
    }
    truth.nearMiss('hotline.repeat_complaint', { type: 'phone', key: twice }, '30 天内只来电 2 次 / only 2 calls');
    const spread = hotline.newPhone();
    const from = random.int(city.historyStartDay, city.asOfDay - 120);
    for (let t = 0; t < 3; t++) {
      const county = hotline.pickCounty();
      hotline.ticket({ day: from + t * 35, phone: spread, county, address: hotline.uniqueAddress(county), category: hotline.pickCategory() });
    }
    truth.nearMiss('hotline.repeat_complaint', { type: 'phone', key: spread }, '3 次来电分散在 70 天内 / 3 calls spread over 70 days');
    const county = hotline.pickCounty();
    const address = estateAddress(county);
    const category = hotline.category('城市管理');
    for (let t = 0; t < 3; t++) hotline.ticket({ day: from + t * 35, phone: hotline.newPhone(), county, address, category });
    truth.nearMiss('hotline.repeat_complaint', { type: 'address', key: `${address}|${category.name}` }, '同一地点 3 次诉求间隔超过 30 天 / 3 tickets more than 30 days apart');
  }
}

/** A water outage in one county in the month before asOf: many more tickets than usual. */
export function plantHotspot(city: City, hotline: Hotline, extraTickets: number): void {
  const county = COUNTIES.find((c) => c.code === '430725') as County;
  const month = city.lastMonth - 1;
  const { fromDate } = monthBounds(month);
  const firstDay = Math.round(Date.parse(fromDate) / 86_400_000);
  const water = hotline.category('供水供电');
  for (let i = 0; i < extraTickets; i++) {
    const day = firstDay + city.hotline.int(8, 20);
    hotline.ticket({
      day,
      phone: hotline.newPhone(),
      county,
      address: hotline.uniqueAddress(county),
      category: water,
      subcategory: city.hotline.pick(['停水', '水压不足']),
      content: city.hotline.pick([
        '桃源县城区大面积停水已经好几天，没有任何通知，家里老人小孩生活困难。',
        '漳江路一带连续停水，水压不足，高层住户完全没有水用，请尽快恢复供水。',
        '桃源县停水问题至今未解决，供水公司电话打不通，要求说明原因和恢复时间。',
      ]),
    });
  }
}

/** Resolved after every ticket is written: the county-month total, background included. */
export function recordHotspot(city: City, hotline: Hotline): void {
  const month = city.lastMonth - 1;
  city.truth.analysis.hotspots.push({ regionCode: '430725', ...monthBounds(month), tickets: hotline.ticketsIn('430725', month) });
}

const DEPOSIT_WORDING = [
  (stall: string) => `本人原在安平农贸市场${stall}经营，市场关闭后押金一直未退，多次找市场管理方无果。`,
  (stall: string) => `安平市场摊位押金两万元至今没有退还，管理公司推说老板不在，请政府帮忙协调。`.replace('摊位', `${stall}摊位`),
  (stall: string) => `反映安平农贸市场拆迁后商户押金不退的问题，${stall}等几十户商户都没有拿到钱。`,
  (stall: string) => `租了安平市场${stall}的门面，合同到期后押金和装修补偿都不给，要求退还押金。`,
  (stall: string) => `安平农贸市场管理方拖欠商户押金，${stall}商户已经等了半年，希望市场监管部门介入。`,
];

/** ~40 tickets, varied wording, one story: the 安平 market's stallholders want their deposits back. */
export function plantDepositTopic(city: City, hotline: Hotline, count = 40): void {
  const county = COUNTIES.find((c) => c.code === '430702') as County;
  const market = hotline.category('市场监管');
  const start = city.asOfDay - 130;
  for (let i = 0; i < count; i++) {
    const stall = `${String.fromCharCode(65 + (i % 6))}区${Math.floor(i / 6) + 1}号`;
    hotline.ticket({
      day: start + Math.floor((i * 120) / count),
      phone: hotline.newPhone(),
      county,
      address: `武陵区安平农贸市场${stall}摊位`,
      category: market,
      subcategory: city.hotline.pick(['消费纠纷', '押金退还']),
      content: (DEPOSIT_WORDING[i % DEPOSIT_WORDING.length] as (stall: string) => string)(stall),
    });
  }
  city.truth.analysis.topics.push({ label: '安平农贸市场商户押金未退', keywords: ['押金', '安平', '市场', '退还'], tickets: count });
}
