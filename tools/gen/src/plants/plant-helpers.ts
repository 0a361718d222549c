// Building blocks of planted cases: fresh people in the same shapes as the background.
import { type City, type Person, type PublicUnit } from '../city';
import { dayOf, monthEndDay, monthStartDay } from '../dates';
import { POSITIONS } from '../names';

const YEAR = 365;

export function adult(city: City, options: { male?: boolean; minAge?: number; maxAge?: number } = {}): Person {
  const random = city.plants;
  const birthDay = random.int(city.asOfDay - (options.maxAge ?? 60) * YEAR, city.asOfDay - (options.minAge ?? 28) * YEAR);
  return city.newPerson(random, { birthDay, male: options.male });
}

export interface SubsidySpell {
  readonly recipient: Person;
  readonly first: number;
  readonly last: number;
}

/** An approved single-person application paid every month from `first` to `last`. */
export function subsidyRecipient(city: City, options: { months?: number; lastMonth?: number } = {}): SubsidySpell {
  const random = city.plants;
  const recipient = adult(city);
  const months = options.months ?? random.int(10, 20);
  const last = options.lastMonth ?? random.int(city.firstMonth + months + 2, city.lastMonth - 6);
  const first = last - months + 1;
  city.application(recipient, { coApplicants: [], size: 1, incomeFen: random.int(900, 1700) * 100, applyDay: monthStartDay(first) - random.int(30, 90), status: '审核通过' });
  for (let month = first; month <= last; month++) city.subsidy(recipient, month, 50_000);
  return { recipient, first, last };
}

/** A day inside month `m` of the spell. */
export const dayInMonth = (city: City, month: number) => city.plants.int(monthStartDay(month), monthEndDay(month) - 1);

export const monthStart = monthStartDay;
export const monthEnd = monthEndDay;

export function officialAt(city: City, person: Person, unit: PublicUnit, startDay: number, endDay?: number): void {
  city.official(person, unit, { position: city.plants.pick(POSITIONS), startDay, endDay });
}

export const longAgo = (city: City) => city.plants.int(dayOf('2005-01-01'), dayOf('2015-12-31'));
