// The city being written: its feeds, identifier issuers and counters, and one method per
// kind of fact. Background and planted cases both go through these, so a planted case
// looks exactly like the rest of the feed.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { dateTimeText, dayOf, monthIndexOf, monthStartDay, partsOf } from './dates';
import { FEED_KEYS, FEEDS, type FeedKey } from './feeds/definitions';
import { type FeedRow, type FeedWriter, openFeedWriter } from './feeds/feed-writer';
import { certificateNumber, plate, ResidentIdIssuer, uscc } from './identifiers';
import { COUNTIES, type County, homeAddress, personName, publicUnits, type Unit } from './names';
import { excelSerial, noisyAmount, noisyDate, noisyId, noisyMonth, noisyName } from './noise';
import { Random } from './random';
import { TruthCollector } from './truth';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly male: boolean;
  readonly birthDay: number;
  readonly county: County;
  readonly address: string;
}

export interface Enterprise {
  readonly uscc: string;
  readonly name: string;
  readonly county: County;
}

export interface PublicUnit extends Unit {
  readonly uscc: string;
}

export type FamilyRelation = 'spouse' | 'parent' | 'child' | 'sibling';
const RELATION_WORDS: Record<FamilyRelation, readonly string[]> = {
  spouse: ['配偶', '配偶', '夫妻'],
  parent: ['父母', '父亲', '母亲'],
  child: ['子女', '儿子', '女儿'],
  sibling: ['兄弟姐妹', '兄弟', '姐妹'],
};

const ID_NOISE = 0.03;
const NAME_NOISE = 0.02;
const BAD_ROW_RATE = 0.0015;

export class City {
  readonly asOfDay: number;
  /** The first month of the three-year history (index: year × 12 + month − 1). */
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** The first day of `firstMonth`. */
  readonly historyStartDay: number;
  readonly truth = new TruthCollector();
  readonly background: Random;
  readonly plants: Random;
  readonly hotline: Random;
  private readonly noise: Random;
  private readonly writers: Record<FeedKey, FeedWriter>;
  private readonly ids = new ResidentIdIssuer();
  readonly units: PublicUnit[];
  personCount = 0;
  private serials = { enterprise: 0, plate: 0, certificate: 0, application: 0, dui: 0, badId: 0 };

  private constructor(
    readonly out: string,
    readonly seed: number,
    readonly asOf: string,
  ) {
    this.asOfDay = dayOf(asOf);
    this.lastMonth = monthIndexOf(this.asOfDay);
    this.firstMonth = this.lastMonth - 35;
    this.historyStartDay = monthStartDay(this.firstMonth);
    this.background = new Random(seed, 1);
    this.plants = new Random(seed, 2);
    this.hotline = new Random(seed, 3);
    this.noise = new Random(seed, 4);
    this.writers = Object.fromEntries(FEED_KEYS.map((key) => [key, openFeedWriter(FEEDS[key], path.join(out, FEEDS[key].file), new Date(`${asOf}T00:00:00Z`))])) as Record<FeedKey, FeedWriter>;
    this.units = publicUnits().map((unit, i) => ({ ...unit, uscc: uscc(unit.kind, unit.regionCode, 900_000 + i) }));
  }

  static async open(out: string, seed: number, asOf: string): Promise<City> {
    await mkdir(out, { recursive: true });
    return new City(out, seed, asOf);
  }

  /** Lets the files take what has been buffered; call every few hundred households. */
  async drain(): Promise<void> {
    for (const key of FEED_KEYS) await this.writers[key].drain();
  }

  async close() {
    for (const key of FEED_KEYS) {
      // Every feed carries at least one bad row, so every reject path is exercised.
      if (this.writers[key].expectedRejects === 0) this.badRow(key);
      await this.writers[key].close();
    }
    return FEED_KEYS.map((key) => this.writers[key].summary());
  }

  private write(key: FeedKey, row: FeedRow): void {
    this.writers[key].row(row);
    if (this.noise.chance(BAD_ROW_RATE)) this.badRow(key);
  }

  private id(value: string): string {
    return noisyId(this.noise, value, ID_NOISE);
  }

  // --- persons and families -------------------------------------------------------------

  newPerson(random: Random, options: { birthDay: number; male?: boolean; county?: County; address?: string }): Person {
    const male = options.male ?? random.chance(0.5);
    const county = options.county ?? random.weighted(COUNTIES.map((c) => [c, c.weight] as const));
    const id = this.ids.issue(county.code, options.birthDay, male);
    const person: Person = { id, name: personName(random, male), male, birthDay: options.birthDay, county, address: options.address ?? homeAddress(random, county) };
    this.personCount++;
    this.write('person', {
      id_number: this.id(id),
      name: noisyName(this.noise, person.name, NAME_NOISE),
      gender: this.noise.chance(0.7) ? (male ? '男' : '女') : male ? '1' : '2',
      birth_date: noisyDate(this.noise, options.birthDay, 'compact'),
      address: person.address,
      region_code: this.noise.chance(0.8) ? county.code : `常德市${county.name}`,
    });
    return person;
  }

  /** `relative` stands to `person` as `relation` (spouse: the relative is the spouse). */
  family(person: Person, relative: Person, relation: FamilyRelation, fromDay: number): void {
    this.write('family', {
      id_number: this.id(person.id),
      related_id_number: this.id(relative.id),
      relation: this.noise.pick(RELATION_WORDS[relation]),
      valid_from: noisyDate(this.noise, fromDay, 'iso'),
      valid_to: null,
    });
  }

  death(person: Person, day: number): void {
    this.write('death', {
      id_number: this.id(person.id),
      name: person.name,
      death_date: this.noise.chance(0.15) ? excelSerial(day) : noisyDate(this.noise, day, 'chinese'),
    });
  }

  // --- holdings -------------------------------------------------------------------------

  property(owner: Person, options: { usage: string; registerDay: number; cancelDay?: number; address?: string }): string {
    const { y } = partsOf(options.registerDay);
    const certificate = certificateNumber(y, owner.county.name, ++this.serials.certificate);
    this.write('property', {
      certificate_no: certificate,
      owner_name: owner.name,
      owner_id_number: this.id(owner.id),
      address: options.address ?? homeAddress(this.noise, owner.county),
      usage: options.usage,
      area_m2: options.usage === '车位' ? '12.50' : (60 + this.noise.int(0, 9000) / 100).toFixed(2),
      register_date: noisyDate(this.noise, options.registerDay, 'slash'),
      cancel_date: options.cancelDay === undefined ? null : noisyDate(this.noise, options.cancelDay, 'slash'),
    });
    return certificate;
  }

  vehicle(owner: Person, options: { registerDay: number; cancelDay?: number; type?: string }): string {
    const number = plate(++this.serials.plate);
    this.write('vehicle', {
      plate: this.noise.chance(0.05) ? `${number.slice(0, 2)}·${number.slice(2)}` : number,
      owner_name: owner.name,
      owner_id_number: this.id(owner.id),
      vehicle_type: options.type ?? this.noise.weighted([['小型轿车', 6], ['小型普通客车', 3], ['轻型普通货车', 1]] as const),
      register_date: noisyDate(this.noise, options.registerDay, 'iso'),
      cancel_date: options.cancelDay === undefined ? null : noisyDate(this.noise, options.cancelDay, 'iso'),
    });
    return number;
  }

  enterprise(legalRep: Person, options: { name: string; establishedDay: number; deregisteredDay?: number }): Enterprise {
    const enterprise: Enterprise = { uscc: uscc('91', legalRep.county.code, ++this.serials.enterprise), name: options.name, county: legalRep.county };
    this.write('enterprise', {
      uscc: this.noise.chance(0.03) ? enterprise.uscc.toLowerCase() : enterprise.uscc,
      name: enterprise.name,
      legal_rep_name: legalRep.name,
      legal_rep_id_number: this.id(legalRep.id),
      established_date: noisyDate(this.noise, options.establishedDay, 'chinese'),
      deregistered_date: options.deregisteredDay === undefined ? null : noisyDate(this.noise, options.deregisteredDay, 'chinese'),
      region_code: enterprise.county.code,
    });
    return enterprise;
  }

  shareholder(enterprise: Enterprise, holder: Person, options: { percent: number; fromDay: number; toDay?: number }): void {
    this.write('shareholder', {
      uscc: enterprise.uscc,
      holder_name: holder.name,
      holder_id_number: this.id(holder.id),
      share_ratio: this.noise.chance(0.5) ? `${options.percent}%` : String(options.percent / 100),
      valid_from: noisyDate(this.noise, options.fromDay, 'iso'),
      valid_to: options.toDay === undefined ? null : noisyDate(this.noise, options.toDay, 'iso'),
    });
  }

  official(person: Person, unit: PublicUnit, options: { position: readonly [string, string]; startDay: number; endDay?: number }): void {
    const date = (day: number) => (this.noise.chance(0.1) ? excelSerial(day) : noisyDate(this.noise, day, 'dot'));
    this.write('official', {
      id_number: this.id(person.id),
      name: person.name,
      employer_name: unit.name,
      employer_uscc: unit.uscc,
      position: options.position[0],
      rank: options.position[1],
      start_date: date(options.startDay),
      end_date: options.endDay === undefined ? null : date(options.endDay),
    });
  }

  // --- benefits -------------------------------------------------------------------------

  application(applicant: Person, options: { coApplicants: Person[]; size: number; incomeFen: number; applyDay: number; status: string }): string {
    const number = `CDGZ${partsOf(options.applyDay).y}${String(++this.serials.application).padStart(7, '0')}`;
    this.write('application', {
      application_no: number,
      id_number: this.id(applicant.id),
      name: applicant.name,
      household_size: options.size,
      household_income_monthly: noisyAmount(this.noise, options.incomeFen, 0.3),
      co_applicant_id_numbers: options.coApplicants.map((p) => p.id).join(this.noise.pick(['、', ',', '；'])) || null,
      apply_date: this.noise.chance(0.1) ? excelSerial(options.applyDay) : noisyDate(this.noise, options.applyDay, 'iso'),
      status: options.status,
    });
    return number;
  }

  subsidy(recipient: Person, monthIndex: number, fen: number): void {
    this.write('subsidy', { id_number: this.id(recipient.id), name: recipient.name, month: noisyMonth(this.noise, monthIndex, 0.3), amount: noisyAmount(this.noise, fen, 0.3) });
  }

  allowance(recipient: Person, monthIndex: number, fen: number): void {
    this.write('allowance', { id_number: this.id(recipient.id), name: recipient.name, month: noisyMonth(this.noise, monthIndex, 0.3), amount: noisyAmount(this.noise, fen, 0.3) });
  }

  // --- cases ----------------------------------------------------------------------------

  duiCase(offender: Person, options: { day: number; minute: number; bac: number; plate?: string }): string {
    const caseNo = `常公交决字[${partsOf(options.day).y}]第${String(++this.serials.dui).padStart(6, '0')}号`;
    this.write('dui', {
      case_no: caseNo,
      id_number: this.id(offender.id),
      name: offender.name,
      plate: options.plate ?? null,
      occurred_at: dateTimeText(options.day, options.minute),
      bac_mg_100ml: String(options.bac),
    });
    return caseNo;
  }

  bidRow(row: FeedRow): void {
    this.write('bid', row);
  }

  ticketRow(row: FeedRow): void {
    this.write('ticket', row);
  }

  // --- bad rows -------------------------------------------------------------------------

  /** A resident ID with a wrong check character: no clerk's noise, a real error. */
  private brokenId(): string {
    const valid = this.ids.issue('430702', dayOf('1970-01-01') + (++this.serials.badId % 9000), true);
    const last = valid[17] as string;
    return valid.slice(0, 17) + (last === 'X' ? '0' : String((Number(last) + 1) % 10));
  }

  private brokenUscc(): string {
    const valid = uscc('91', '430702', 5_000_000 + ++this.serials.badId);
    return valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  }

  private badRow(key: FeedKey): void {
    const someday = noisyDate(this.noise, this.asOfDay - this.noise.int(30, 900), 'iso');
    const rows: Record<FeedKey, FeedRow> = {
      person: { id_number: this.brokenId(), name: '王某某', gender: '男', birth_date: '19700101', address: '', region_code: '430702' },
      family: { id_number: this.brokenId(), related_id_number: this.brokenId(), relation: '配偶', valid_from: someday },
      death: { id_number: '', name: '李某', death_date: someday },
      allowance: { id_number: this.brokenId(), name: '张某', month: '2025-03', amount: '500' },
      official: { id_number: this.brokenId(), name: '赵某', employer_name: '常德市财政局', employer_uscc: this.units[2]?.uscc, start_date: someday },
      property: { certificate_no: '', owner_name: '刘某', owner_id_number: this.brokenId(), usage: '住宅', register_date: someday },
      vehicle: { plate: '湘J1234', owner_name: '陈某', owner_id_number: this.brokenId(), register_date: someday },
      enterprise: { uscc: this.brokenUscc(), name: '常德某某商贸有限公司', legal_rep_name: '周某', legal_rep_id_number: this.brokenId(), established_date: someday },
      shareholder: { uscc: '', holder_name: '吴某', holder_id_number: this.brokenId(), share_ratio: '50%' },
      application: { application_no: 'CDGZ-ERR', id_number: this.brokenId(), name: '孙某', household_size: 3, apply_date: '' },
      subsidy: { id_number: this.brokenId(), name: '郑某', month: '2025-03', amount: '600' },
      dui: { case_no: `常公交决字[2025]第X${this.serials.badId}号`, id_number: this.brokenId(), name: '冯某', occurred_at: '' },
      bid: { project_code: 'CDZB-ERR', project_name: '（信息不全）', buyer_uscc: this.units[0]?.uscc, bidder_uscc: this.brokenUscc(), bid_date: someday },
      ticket: { ticket_no: `ERR${this.serials.badId++}`, received_at: someday, content: '' },
    };
    this.writers[key].bad(rows[key]);
  }
}
