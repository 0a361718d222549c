// The background population, one household at a time. Each household has one role
// (ordinary, official, business, rental-subsidy or subsistence-allowance family), and the
// roles never mix: a subsidy family owns nothing, runs nothing and holds no office, an
// official's family runs no enterprise. So the background raises no warning by accident;
// every warning in truth.json is planted on purpose (plants/) or is an overdue ticket.
import { type City, type Enterprise, type Person } from './city';
import { dayOf, monthStartDay } from './dates';
import { companyName, POSITIONS } from './names';

export type HouseholdRole = 'ordinary' | 'official' | 'business' | 'subsidy' | 'allowance';

/** Enterprises that bid for public projects, kept to a bounded pool. */
export interface BidderPool {
  readonly bidders: Enterprise[];
  readonly capacity: number;
}

const YEAR = 365;

export function backgroundHousehold(city: City, pool: BidderPool): number {
  const random = city.background;
  const role = random.weighted<HouseholdRole>([
    ['ordinary', 80],
    ['official', 8],
    ['business', 5],
    ['subsidy', 3],
    ['allowance', 4],
  ]);
  const members = household(city, role);
  const [head, spouse] = members;
  switch (role) {
    case 'ordinary':
      for (const adult of [head, spouse]) if (adult) ordinaryLife(city, adult);
      break;
    case 'official': {
      const unit = random.pick(city.units);
      const start = random.int(dayOf('1996-01-01'), city.asOfDay - 200);
      // A few left office during the three years the feeds cover.
      const end = random.chance(0.08) ? random.int(Math.max(start + 100, city.historyStartDay), city.asOfDay - 10) : undefined;
      city.official(head as Person, unit, { position: random.pick(POSITIONS), startDay: start, endDay: end });
      holdings(city, head as Person, 0.8, 0.6);
      if (spouse) holdings(city, spouse, 0.2, 0.3);
      break;
    }
    case 'business': {
      const established = random.int(dayOf('2005-01-01'), city.asOfDay - 60);
      const deregistered = random.chance(0.1) ? random.int(established + YEAR, city.asOfDay - 1) : undefined;
      const h = head as Person;
      const enterprise = city.enterprise(h, { name: companyName(random, h.county), establishedDay: established, deregisteredDay: deregistered });
      if (spouse && random.chance(0.5)) {
        const share = random.pick([30, 40, 49]);
        city.shareholder(enterprise, h, { percent: 100 - share, fromDay: established });
        city.shareholder(enterprise, spouse, { percent: share, fromDay: established });
      } else {
        city.shareholder(enterprise, h, { percent: 100, fromDay: established });
      }
      if (deregistered === undefined && pool.bidders.length < pool.capacity) pool.bidders.push(enterprise);
      holdings(city, h, 0.9, 0.8);
      break;
    }
    case 'subsidy':
      subsidyFamily(city, members);
      break;
    case 'allowance':
      allowanceFamily(city, head as Person);
      break;
  }
  return members.length;
}

/** Head, maybe a spouse, 0–2 children; their population.family relations both ways. */
function household(city: City, role: HouseholdRole): Person[] {
  const random = city.background;
  const headBirth = random.int(dayOf(role === 'official' ? '1962-01-01' : '1948-01-01'), city.asOfDay - 24 * YEAR);
  const head = city.newPerson(random, { birthDay: headBirth });
  const members = [head];
  let spouse: Person | undefined;
  if (random.chance(0.72)) {
    spouse = city.newPerson(random, { birthDay: clamp(headBirth + random.int(-5, 5) * YEAR + random.int(0, 364), dayOf('1940-01-01'), city.asOfDay - 22 * YEAR), male: !head.male, county: head.county, address: head.address });
    members.push(spouse);
    const married = Math.max(headBirth, spouse.birthDay) + random.int(22, 30) * YEAR;
    city.family(head, spouse, 'spouse', married);
    city.family(spouse, head, 'spouse', married);
  }
  const children: Person[] = [];
  const childCount = random.weighted([[0, 3], [1, 4], [2, 3]] as const);
  for (let i = 0; i < childCount; i++) {
    const birth = headBirth + random.int(23, 38) * YEAR + random.int(0, 364);
    // Children are born at least a year before the feeds' date (IDs are never in the future).
    if (birth > city.asOfDay - YEAR) break;
    const child = city.newPerson(random, { birthDay: birth, county: head.county, address: head.address });
    for (const parent of spouse ? [head, spouse] : [head]) {
      city.family(parent, child, 'child', birth);
      city.family(child, parent, 'parent', birth);
    }
    for (const sibling of children) city.family(child, sibling, 'sibling', birth);
    children.push(child);
  }
  return [...members, ...children];
}

/** An ordinary adult: maybe a home, a car, a death, a drink-driving case. */
function ordinaryLife(city: City, adult: Person): void {
  const random = city.background;
  holdings(city, adult, 0.45, 0.35);
  const age = (city.asOfDay - adult.birthDay) / YEAR;
  if (age > 60 && random.chance(0.06)) {
    city.death(adult, random.int(city.historyStartDay, city.asOfDay - 1));
    return;
  }
  if (age < 65 && random.chance(0.004)) {
    const day = random.int(city.historyStartDay, city.asOfDay - 1);
    city.duiCase(adult, { day, minute: random.int(19 * 60, 23 * 60 + 59), bac: random.weighted([[random.int(20, 79), 7], [random.int(80, 220), 3]] as const) });
  }
}

/** Homes, parking spaces and cars of someone who is allowed to own them. */
function holdings(city: City, owner: Person, homeChance: number, carChance: number): void {
  const random = city.background;
  const adultFrom = owner.birthDay + 22 * YEAR;
  if (random.chance(homeChance)) {
    const registered = random.int(Math.max(adultFrom, dayOf('1998-01-01')), city.asOfDay - 5);
    const sold = random.chance(0.15) ? random.int(registered + 30, city.asOfDay) : undefined;
    city.property(owner, { usage: random.weighted([['住宅', 8], ['成套住宅', 2], ['商品住宅', 1]] as const), registerDay: registered, cancelDay: sold });
    if (random.chance(0.2)) city.property(owner, { usage: random.pick(['车位', '商业', '储藏室']), registerDay: random.int(registered, city.asOfDay - 1) });
  }
  if (random.chance(carChance)) {
    const registered = random.int(Math.max(adultFrom, dayOf('2005-01-01')), city.asOfDay - 5);
    const scrapped = random.chance(0.1) ? random.int(registered + 200, city.asOfDay) : undefined;
    city.vehicle(owner, { registerDay: registered, cancelDay: scrapped });
  }
}

/**
 * A rental-subsidy family: an approved application, monthly payments over a stretch of the
 * history (some have left the scheme). Income stays under the 2,000 元 per person line.
 */
function subsidyFamily(city: City, members: Person[]): void {
  const random = city.background;
  const [head, spouse] = members as [Person, Person | undefined];
  const size = members.length;
  const incomeFen = random.int(800, 1800) * size * 100;
  const first = random.int(city.firstMonth - 12, city.lastMonth - 2);
  const exited = random.chance(0.2);
  const last = exited ? random.int(Math.max(first, city.firstMonth), city.lastMonth - 1) : city.lastMonth;
  const applyDay = Math.min(monthStartDay(first) - random.int(20, 120), city.asOfDay - 1);
  const status = random.chance(0.1) ? random.pick(['审核中', '未通过']) : exited ? '已退出' : random.pick(['审核通过', '已通过', '轮候中']);
  city.application(head, { coApplicants: spouse ? [spouse] : [], size, incomeFen, applyDay, status });
  if (status === '审核中' || status === '未通过') return;
  const fen = random.pick([30_000, 45_000, 50_000, 60_000, 75_000]);
  for (let month = Math.max(first, city.firstMonth); month <= last; month++) city.subsidy(head, month, fen);
}

function allowanceFamily(city: City, head: Person): void {
  const random = city.background;
  const first = random.int(city.firstMonth, city.lastMonth - 1);
  const last = random.chance(0.25) ? random.int(first, city.lastMonth) : city.lastMonth;
  const fen = random.int(30, 70) * 1000;
  for (let month = first; month <= last; month++) city.allowance(head, month, fen);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
