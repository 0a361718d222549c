// Planted cases about officials: drink driving in office, running a company in office,
// and a relative's company winning the official's own unit's bid.
import { type City, type Enterprise, type Person, type PublicUnit } from '../city';
import { dayOf } from '../dates';
import { companyName } from '../names';
import { organization, person } from '../truth';
import { adult, longAgo, officialAt } from './plant-helpers';
import { type ProcurementBook } from '../procurement';

export function plantOfficialCases(city: City, book: ProcurementBook, hits: number, nearMisses: number): void {
  const { truth, plants: random } = city;
  const recentDay = () => random.int(city.historyStartDay, city.asOfDay - 5);
  const evening = () => random.int(19 * 60, 23 * 60 + 50);

  for (let i = 0; i < hits; i++) {
    const official = adult(city, { minAge: 30 });
    officialAt(city, official, random.pick(city.units), longAgo(city));
    city.duiCase(official, { day: recentDay(), minute: evening(), bac: random.pick([random.int(20, 79), random.int(80, 180)]) });
    truth.warn('traffic.official_dui', person(official.id), '公职人员在职期间酒驾醉驾 / an official caught drink driving in office');
  }
  for (let i = 0; i < nearMisses; i++) {
    const left = adult(city, { minAge: 30 });
    const caseDay = recentDay();
    officialAt(city, left, random.pick(city.units), longAgo(city), caseDay - random.int(30, 300));
    city.duiCase(left, { day: caseDay, minute: evening(), bac: random.int(30, 120) });
    truth.nearMiss('traffic.official_dui', person(left.id), '案发前已离职 / left office before the drink-driving case');
    const low = adult(city, { minAge: 30 });
    officialAt(city, low, random.pick(city.units), longAgo(city));
    city.duiCase(low, { day: recentDay(), minute: evening(), bac: 15 });
    truth.nearMiss('traffic.official_dui', person(low.id), '血液酒精含量 15 mg/100ml，未达饮酒驾车标准 / bac 15, under 20');
  }

  for (let i = 0; i < hits; i++) {
    const official = adult(city, { minAge: 30 });
    const start = longAgo(city);
    officialAt(city, official, random.pick(city.units), start);
    const established = random.int(start + 200, city.asOfDay - 30);
    const enterprise = city.enterprise(i % 2 === 0 ? official : adult(city), { name: companyName(random, official.county), establishedDay: established });
    city.shareholder(enterprise, official, { percent: random.pick([20, 35, 51, 100]), fromDay: established });
    truth.warn('business.official_runs_enterprise', person(official.id), '公职人员在职期间经商办企业 / an official runs or owns a company while in office');
  }
  for (let i = 0; i < nearMisses; i++) {
    const official = adult(city, { minAge: 30 });
    const start = random.int(dayOf('2019-01-01'), dayOf('2021-12-31'));
    officialAt(city, official, random.pick(city.units), start);
    const established = random.int(dayOf('2008-01-01'), dayOf('2012-12-31'));
    const enterprise = city.enterprise(official, { name: companyName(random, official.county), establishedDay: established, deregisteredDay: start - random.int(60, 600) });
    city.shareholder(enterprise, official, { percent: 100, fromDay: established, toDay: start - 700 });
    truth.nearMiss('business.official_runs_enterprise', person(official.id), '任职前企业已注销 / the company was deregistered before taking office');
  }

  const relations = ['spouse', 'child', 'sibling'] as const;
  for (let i = 0; i < hits + nearMisses; i++) {
    const unit = random.pick(city.units);
    const official = adult(city, { minAge: 40 });
    officialAt(city, official, unit, longAgo(city));
    const relation = relations[i % relations.length] as (typeof relations)[number];
    const relative = relativeOf(city, official, relation);
    const established = random.int(dayOf('2012-01-01'), dayOf('2022-12-31'));
    const enterprise = city.enterprise(relative, { name: companyName(random, relative.county), establishedDay: established });
    city.shareholder(enterprise, relative, { percent: 100, fromDay: established });
    if (i < hits) {
      book.project(unit, { winner: enterprise, day: random.int(established + 100, city.asOfDay - 10) });
      truth.warn('procurement.relative_wins_bid', person(official.id), `公职人员亲属（${relation}）的企业中标本单位项目 / a relative's company wins the official's unit's bid`);
    } else {
      const otherUnit = city.units.find((u) => u.uscc !== unit.uscc && u.regionCode !== unit.regionCode) as PublicUnit;
      book.project(otherUnit, { winner: enterprise, day: random.int(established + 100, city.asOfDay - 10) });
      book.project(unit, { loser: enterprise, day: random.int(established + 100, city.asOfDay - 10) });
      truth.nearMiss('procurement.relative_wins_bid', person(official.id), '亲属企业中标的是其他单位项目，在本单位落标 / the relative wins another unit\'s bid and loses at the official\'s unit');
    }
  }

  plantDominantBidders(city, book, hits, nearMisses);
}

/** A relative with the population.family rows both ways. */
function relativeOf(city: City, official: Person, relation: 'spouse' | 'child' | 'sibling'): Person {
  const random = city.plants;
  const YEAR = 365;
  const birthDay =
    relation === 'child' ? official.birthDay + random.int(24, 30) * YEAR : official.birthDay + random.int(-4, 4) * YEAR + random.int(0, 300);
  const relative = city.newPerson(random, { birthDay: Math.min(birthDay, city.asOfDay - 22 * YEAR), male: relation === 'spouse' ? !official.male : undefined, county: official.county });
  const since = relation === 'spouse' ? official.birthDay + 26 * YEAR : relative.birthDay;
  const back = relation === 'spouse' ? 'spouse' : relation === 'child' ? 'parent' : 'sibling';
  city.family(official, relative, relation, Math.max(since, official.birthDay));
  city.family(relative, official, back, Math.max(since, official.birthDay));
  return relative;
}

/** 标王: one bidder wins most of a buyer's projects in a year — and two that fall short. */
function plantDominantBidders(city: City, book: ProcurementBook, hits: number, nearMisses: number): void {
  const { truth, plants: random } = city;
  const year = Math.floor(city.lastMonth / 12) - 1;
  const dayIn = () => Date.UTC(year, random.int(0, 11), random.int(1, 28)) / 86_400_000;
  const bidder = (): Enterprise => {
    const owner = adult(city);
    return city.enterprise(owner, { name: companyName(random, owner.county), establishedDay: random.int(dayOf('2010-01-01'), dayOf('2020-12-31')) });
  };
  for (let i = 0; i < hits + 2 * nearMisses; i++) {
    const buyer = book.plantedBuyer(i);
    const king = bidder();
    const [projects, wins] = i < hits ? [6, 4] : i < hits + nearMisses ? [6, 3] : [4, 4];
    for (let p = 0; p < projects; p++) {
      book.project(buyer, p < wins ? { winner: king, day: dayIn() } : { loser: king, day: dayIn() });
    }
    const note = `${year} 年 ${projects} 个项目中标 ${wins} 个`;
    if (i < hits) truth.warn('procurement.dominant_bidder', organization(king.uscc), `${note} / won ${wins} of the buyer's ${projects} projects`);
    else truth.nearMiss('procurement.dominant_bidder', organization(king.uscc), `${note}，未超过半数或不足 5 个项目 / not over half, or under 5 projects`);
  }
}
