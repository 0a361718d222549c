// Planted rental-subsidy cases: collisions with homes, cars, the officials roster,
// enterprises, deaths, duplicate benefits and income — and the near-misses beside them.
import { type City } from '../city';
import { companyName } from '../names';
import { person } from '../truth';
import { adult, dayInMonth, longAgo, monthEnd, monthStart, officialAt, subsidyRecipient } from './plant-helpers';

export function plantHousingCases(city: City, hits: number, nearMisses: number): void {
  const { truth, plants: random } = city;

  for (let i = 0; i < hits; i++) {
    // Bought a flat during the subsidy and kept being paid (常德: "paid 7 months after buying").
    const spell = subsidyRecipient(city, { months: 14 });
    city.property(spell.recipient, { usage: random.pick(['住宅', '商品住宅', '成套住宅']), registerDay: dayInMonth(city, spell.last - 7) });
    truth.warn('housing.owns_property', person(spell.recipient.id), '领取租赁补贴期间购买住宅 / bought a flat while on the rental subsidy');
  }
  for (let i = 0; i < nearMisses; i++) {
    const after = subsidyRecipient(city);
    city.property(after.recipient, { usage: '住宅', registerDay: monthEnd(after.last) + random.int(5, 60) });
    truth.nearMiss('housing.owns_property', person(after.recipient.id), '补贴停发后才购房 / bought the flat after the subsidy ended');
    const before = subsidyRecipient(city);
    city.property(before.recipient, { usage: '住宅', registerDay: longAgo(city), cancelDay: monthStart(before.first) - random.int(20, 200) });
    truth.nearMiss('housing.owns_property', person(before.recipient.id), '补贴开始前已出售住房 / sold the flat before the subsidy began');
    const shop = subsidyRecipient(city);
    city.property(shop.recipient, { usage: random.pick(['商业', '商铺', '门面']), registerDay: dayInMonth(city, shop.first + 2) });
    truth.nearMiss('housing.owns_property', person(shop.recipient.id), '名下为商铺而非住宅 / a shop, not a home');
  }

  for (let i = 0; i < hits; i++) {
    const spell = subsidyRecipient(city);
    city.vehicle(spell.recipient, { registerDay: dayInMonth(city, spell.first + 3), type: '小型轿车' });
    truth.warn('housing.owns_vehicle', person(spell.recipient.id), '领取租赁补贴期间名下登记小汽车 / registered a car while on the subsidy');
  }
  for (let i = 0; i < nearMisses; i++) {
    const spell = subsidyRecipient(city);
    city.vehicle(spell.recipient, { registerDay: longAgo(city), cancelDay: monthStart(spell.first) - random.int(15, 300), type: '小型轿车' });
    truth.nearMiss('housing.owns_vehicle', person(spell.recipient.id), '补贴开始前车辆已注销 / the car was scrapped before the subsidy began');
  }

  for (let i = 0; i < hits; i++) {
    const spell = subsidyRecipient(city);
    officialAt(city, spell.recipient, random.pick(city.units), longAgo(city));
    truth.warn('housing.public_official', person(spell.recipient.id), '公职人员领取租赁补贴 / a public official draws the rental subsidy');
  }
  for (let i = 0; i < nearMisses; i++) {
    const spell = subsidyRecipient(city);
    officialAt(city, spell.recipient, random.pick(city.units), longAgo(city), monthStart(spell.first) - random.int(30, 300));
    truth.nearMiss('housing.public_official', person(spell.recipient.id), '补贴开始前已离职 / left office before the subsidy began');
  }

  for (let i = 0; i < hits; i++) {
    const spell = subsidyRecipient(city);
    const established = dayInMonth(city, spell.first + 1);
    const enterprise = city.enterprise(spell.recipient, { name: companyName(random, spell.recipient.county), establishedDay: established });
    city.shareholder(enterprise, spell.recipient, { percent: 100, fromDay: established });
    truth.warn('housing.runs_enterprise', person(spell.recipient.id), '领取补贴期间任企业法定代表人、股东 / runs a company while on the subsidy');
  }
  for (let i = 0; i < nearMisses; i++) {
    const spell = subsidyRecipient(city);
    const established = longAgo(city);
    const enterprise = city.enterprise(spell.recipient, { name: companyName(random, spell.recipient.county), establishedDay: established, deregisteredDay: monthStart(spell.first) - random.int(30, 400) });
    city.shareholder(enterprise, spell.recipient, { percent: 100, fromDay: established, toDay: monthStart(spell.first) - 400 });
    truth.nearMiss('housing.runs_enterprise', person(spell.recipient.id), '企业已在补贴开始前注销 / the company was deregistered before the subsidy');
  }

  for (let i = 0; i < hits; i++) {
    const spell = subsidyRecipient(city);
    city.death(spell.recipient, dayInMonth(city, spell.last - random.int(2, 5)));
    truth.warn('housing.deceased_recipient', person(spell.recipient.id), '死亡后仍领取租赁补贴 / subsidy paid after the recipient died');
  }
  for (let i = 0; i < nearMisses; i++) {
    const spell = subsidyRecipient(city);
    city.death(spell.recipient, dayInMonth(city, spell.last));
    truth.nearMiss('housing.deceased_recipient', person(spell.recipient.id), '死亡当月最后一次发放 / the last payment is for the month of death');
  }

  for (let i = 0; i < hits; i++) {
    if (i % 2 === 0) {
      // Paid twice for one month.
      const spell = subsidyRecipient(city);
      city.subsidy(spell.recipient, spell.first + 2, 45_000);
      truth.warn('housing.duplicate_benefit', person(spell.recipient.id), '同一月份重复发放补贴 / paid twice for one month');
    } else {
      // On two approved applications: as applicant of one, co-applicant of another.
      const spell = subsidyRecipient(city);
      const other = adult(city);
      city.application(other, { coApplicants: [spell.recipient], size: 2, incomeFen: random.int(1500, 3000) * 100, applyDay: monthStart(spell.first) + random.int(0, 60), status: '已通过' });
      truth.warn('housing.duplicate_benefit', person(spell.recipient.id), '同时作为两份在保申请的申请人和共同申请人 / on two active applications');
    }
  }
  for (let i = 0; i < nearMisses; i++) {
    const spell = subsidyRecipient(city);
    const other = adult(city);
    city.application(other, { coApplicants: [spell.recipient], size: 2, incomeFen: random.int(1500, 3000) * 100, applyDay: monthStart(spell.first) - 400, status: random.pick(['未通过', '已退出']) });
    truth.nearMiss('housing.duplicate_benefit', person(spell.recipient.id), '另一份申请未通过或已退出 / the other application was rejected or exited');
  }

  for (let i = 0; i < hits; i++) {
    const applicant = adult(city);
    const size = random.int(1, 3);
    city.application(applicant, { coApplicants: [], size, incomeFen: (2000 * size + random.int(200, 3000)) * 100, applyDay: city.asOfDay - random.int(30, 600), status: random.pick(['审核中', '审核通过']) });
    truth.warn('housing.income_over_limit', person(applicant.id), '家庭人均月收入超过 2000 元 / household income per person over 2,000 元');
  }
  for (let i = 0; i < nearMisses; i++) {
    const applicant = adult(city);
    const size = random.int(2, 3);
    city.application(applicant, { coApplicants: [], size, incomeFen: 2000 * size * 100, applyDay: city.asOfDay - random.int(30, 600), status: '审核中' });
    truth.nearMiss('housing.income_over_limit', person(applicant.id), '人均月收入恰为 2000 元 / exactly 2,000 元 per person');
  }
}

export function plantAllowanceCases(city: City, hits: number, nearMisses: number): void {
  const { truth, plants: random } = city;
  for (let i = 0; i < hits + nearMisses; i++) {
    const recipient = adult(city, { minAge: 55, maxAge: 85 });
    const last = random.int(city.firstMonth + 12, city.lastMonth);
    const first = last - random.int(8, 11);
    for (let month = first; month <= last; month++) city.allowance(recipient, month, 48_000);
    if (i < hits) {
      city.death(recipient, dayInMonth(city, last - random.int(2, 4)));
      truth.warn('civil.deceased_allowance', person(recipient.id), '死亡后仍发放低保金 / allowance paid after death');
    } else {
      city.death(recipient, dayInMonth(city, last));
      truth.nearMiss('civil.deceased_allowance', person(recipient.id), '死亡当月最后一次发放 / the last payment is for the month of death');
    }
  }
}
