// Bids: background projects, planted projects and a bid-rigging ring. A buyer's winners
// rotate — no bidder wins twice in any three consecutive projects of a buyer-year — so
// no background bidder ever wins more than half of a buyer's projects (标王 stays planted).
import { type City, type Enterprise, type PublicUnit } from './city';
import { dayOf, isoOf, partsOf } from './dates';
import { uscc } from './identifiers';
import { companyName, PREFECTURE } from './names';
import { adult } from './plants/plant-helpers';

interface Buyer {
  readonly uscc: string;
  readonly name: string;
}

const GOODS = ['办公设备采购', '道路维修工程', '绿化养护服务', '物业管理服务', '信息化系统建设', '教学设备采购', '医疗设备采购', '排水管网改造工程', '公租房维修工程', '食堂食材配送服务', '安保服务', '印刷服务'];
const TOWNS = ['河洑镇', '芦荻山乡', '丹洲乡', '斗姆湖街道', '石公桥镇', '蒿子港镇', '周家店镇', '草坪镇'];

export class ProcurementBook {
  private serial = 0;
  private readonly lastWinners = new Map<string, string[]>();
  private readonly plantedBuyers: Buyer[] = [];

  constructor(
    private readonly city: City,
    readonly pool: Enterprise[],
  ) {
    // Enough bidders for the rotation even in the smallest city.
    while (this.pool.length < 8) {
      const owner = adult(city);
      pool.push(city.enterprise(owner, { name: companyName(city.plants, owner.county), establishedDay: city.plants.int(dayOf('2008-01-01'), dayOf('2019-12-31')) }));
    }
  }

  /** Buyers used only by planted 标王 cases, so background projects never dilute them. */
  plantedBuyer(i: number): Buyer {
    while (this.plantedBuyers.length <= i) {
      const n = this.plantedBuyers.length;
      const town = TOWNS[n % TOWNS.length] as string;
      this.plantedBuyers.push({ uscc: uscc('11', PREFECTURE.code, 950_000 + n), name: `常德市${town}人民政府${n >= TOWNS.length ? `第${Math.floor(n / TOWNS.length) + 1}片区` : ''}` });
    }
    return this.plantedBuyers[i] as Buyer;
  }

  background(count: number): void {
    const random = this.city.background;
    for (let i = 0; i < count; i++) {
      this.project(random.pick(this.city.units), { day: random.int(this.city.historyStartDay, this.city.asOfDay - 3) });
    }
  }

  /** Three companies that always bid together, taking turns to win, from one IP address. */
  ring(projects: number): void {
    const random = this.city.plants;
    const members = [0, 1, 2].map(() => {
      const owner = adult(this.city);
      return this.city.enterprise(owner, { name: companyName(random, owner.county), establishedDay: random.int(dayOf('2011-01-01'), dayOf('2020-06-30')) });
    });
    const ip = `223.146.${random.int(1, 254)}.${random.int(1, 254)}`;
    const codes: string[] = [];
    for (let p = 0; p < projects; p++) {
      const buyer = this.city.units[(p * 7 + 3) % this.city.units.length] as PublicUnit;
      codes.push(this.project(buyer, { winner: members[p % 3], others: members.filter((_, m) => m !== p % 3), ip, day: random.int(this.city.historyStartDay, this.city.asOfDay - 3) }));
    }
    this.city.truth.analysis.bidRings.push({ bidders: members.map((m) => m.uscc), projects: codes });
  }

  project(buyer: Buyer, options: { day: number; winner?: Enterprise; loser?: Enterprise; others?: Enterprise[]; ip?: string }): string {
    const random = this.city.background;
    const year = partsOf(options.day).y;
    const key = `${buyer.uscc}/${year}`;
    const recent = this.lastWinners.get(key) ?? [];
    const taken = new Set([options.winner?.uscc, options.loser?.uscc, ...(options.others ?? []).map((o) => o.uscc)]);
    const bidders: Enterprise[] = [...(options.winner ? [options.winner] : []), ...(options.loser ? [options.loser] : []), ...(options.others ?? [])];
    const extra = options.others ? 0 : random.int(2, 3);
    for (let tries = 0; bidders.length < (options.winner || options.loser ? 1 : 0) + extra && tries < 50; tries++) {
      const candidate = random.pick(this.pool);
      if (!taken.has(candidate.uscc)) {
        taken.add(candidate.uscc);
        bidders.push(candidate);
      }
    }
    let winner = options.winner;
    if (!winner) {
      winner = bidders.find((b) => b !== options.loser && !recent.includes(b.uscc));
      if (!winner) {
        // Every pool bidder here won recently: invite one more who did not.
        winner = this.pool.find((b) => !taken.has(b.uscc) && !recent.includes(b.uscc)) as Enterprise;
        bidders.push(winner);
      }
    }
    this.lastWinners.set(key, [...recent.slice(-1), winner.uscc]);

    const code = `CDZB-${year}-${String(++this.serial).padStart(6, '0')}`;
    const name = `${buyer.name}${random.pick(GOODS)}项目`;
    const budget = random.int(20, 800) * 10_000; // yuan
    for (const bidder of bidders) {
      const priceYuan = Math.round(budget * (0.85 + random.next() * 0.15));
      this.city.bidRow({
        project_code: code,
        project_name: name,
        buyer_uscc: buyer.uscc,
        buyer_name: buyer.name,
        bidder_uscc: bidder.uscc,
        bidder_name: bidder.name,
        // The header says 万元; some clerks still type 元 and say so.
        bid_price: random.chance(0.1) ? `${priceYuan}元` : (priceYuan / 10_000).toFixed(4).replace(/0+$/, '').replace(/\.$/, ''),
        is_winner: bidder === winner ? random.pick(['中标', '中标', '成交']) : random.pick(['未中标', '落标']),
        bid_date: `${isoOf(options.day)} ${random.pick(['09:00', '09:30', '10:00', '14:30'])}`,
        bidder_ip: options.ip ?? `${random.pick(['113.246', '175.6', '222.240', '58.20'])}.${random.int(1, 254)}.${random.int(1, 254)}`,
      });
    }
    return code;
  }
}
