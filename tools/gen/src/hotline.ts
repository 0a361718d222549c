// 12345 hotline tickets: background tickets (each caller and each address once, so no
// repeat complaint happens by accident), planted repeat callers and addresses, a county
// surge (hotspot), a market's deposit-refund story (topic), and realistic overdue and
// returned tickets — every one of which is listed in truth.json.
import { type City } from './city';
import { dateTimeText, isoOf, monthEndDay, monthIndexOf, monthStartDay } from './dates';
import { mobile } from './identifiers';
import { COUNTIES, type County, personName } from './names';
import { noisyPhone } from './noise';

interface Category {
  readonly name: string;
  readonly subcategories: readonly string[];
  readonly department: string;
  /** Days to handle it. */
  readonly limit: number;
  readonly weight: number;
  readonly say: (place: string, sub: string) => string;
}

const CATEGORIES: readonly Category[] = [
  { name: '城市管理', subcategories: ['噪音扰民', '占道经营', '垃圾清运', '违章搭建'], department: '城市管理和综合执法局', limit: 7, weight: 5, say: (p, s) => `市民反映${p}附近存在${s}问题，已持续多日，影响周边居民正常生活，请相关部门尽快处理。` },
  { name: '住房保障', subcategories: ['物业服务', '房屋质量', '公租房管理', '维修资金'], department: '住房和城乡建设局', limit: 13, weight: 3, say: (p, s) => `来电人称${p}小区${s}方面问题长期得不到解决，物业推诿，希望住建部门督促整改。` },
  { name: '交通出行', subcategories: ['公交线路', '道路破损', '违章停车', '出租车服务'], department: '交通运输局', limit: 7, weight: 3, say: (p, s) => `反映${p}一带${s}，给群众出行带来不便，请尽快核实处理。` },
  { name: '劳动保障', subcategories: ['拖欠工资', '社保缴纳', '劳动合同'], department: '人力资源和社会保障局', limit: 13, weight: 2, say: (p, s) => `来电人在${p}务工，反映用人单位${s}问题，要求依法维护其合法权益。` },
  { name: '市场监管', subcategories: ['食品安全', '价格投诉', '消费纠纷'], department: '市场监督管理局', limit: 13, weight: 2, say: (p, s) => `消费者反映${p}某商户存在${s}情况，请市场监管部门依法查处。` },
  { name: '教育', subcategories: ['学位申请', '校外培训', '校车安全'], department: '教育局', limit: 7, weight: 1, say: (p, s) => `家长咨询${p}周边学校${s}相关政策，希望得到明确答复。` },
  { name: '供水供电', subcategories: ['停水', '停电', '水压不足'], department: '水务集团', limit: 3, weight: 2, say: (p, s) => `${p}出现${s}，未见提前通知，请尽快恢复并说明原因。` },
];

const OPEN_STATUSES = ['办理中', '已转办', '已签收'];
const CLOSED_STATUSES = ['已办结', '办结', '已归档', '已回访'];

export interface TicketInput {
  readonly day: number;
  readonly phone: string;
  readonly county: County;
  readonly address: string;
  readonly category: Category;
  readonly subcategory?: string;
  readonly content?: string;
}

export class Hotline {
  private ticketSerial = 0;
  private callerSerial = 0;
  private addressSerial = 0;
  private readonly perCountyMonth = new Map<string, number>();

  constructor(private readonly city: City) {}

  newPhone(): string {
    return mobile(++this.callerSerial);
  }

  /** A background address used by no other ticket: `<county><street><n>号<b>栋`. */
  uniqueAddress(county: County): string {
    const s = ++this.addressSerial;
    const street = county.streets[s % county.streets.length] as string;
    const q = Math.floor(s / county.streets.length);
    return `${county.name}${street}${(q % 300) + 1}号${Math.floor(q / 300) + 1}栋`;
  }

  randomDay(): number {
    return this.city.hotline.int(this.city.historyStartDay, this.city.asOfDay - 1);
  }

  pickCategory(): Category {
    return this.city.hotline.weighted(CATEGORIES.map((c) => [c, c.weight] as const));
  }

  pickCounty(): County {
    return this.city.hotline.weighted(COUNTIES.map((c) => [c, c.weight] as const));
  }

  category(name: string): Category {
    return CATEGORIES.find((c) => c.name === name) as Category;
  }

  backgroundTickets(count: number): void {
    for (let i = 0; i < count; i++) {
      const county = this.pickCounty();
      this.ticket({ day: this.randomDay(), phone: this.newPhone(), county, address: this.uniqueAddress(county), category: this.pickCategory() });
    }
  }

  ticketsIn(regionCode: string, monthIndex: number): number {
    return this.perCountyMonth.get(`${regionCode}/${monthIndex}`) ?? 0;
  }

  /** Writes one ticket; an overdue or twice-returned one goes into truth.json. */
  ticket(input: TicketInput): string {
    const random = this.city.hotline;
    const { city } = this;
    const minute = random.int(8 * 60, 21 * 60);
    const ticketNo = `${isoOf(input.day).replaceAll('-', '')}${String(++this.ticketSerial).padStart(7, '0')}`;
    const subcategory = input.subcategory ?? random.pick(input.category.subcategories);
    const dueDay = input.day + input.category.limit;
    const dueMinute = 18 * 60;

    // Open and not yet due, closed on time, closed late, or left open past its due time.
    // A due day equal to asOf is never left open: "overdue on asOf" would be ambiguous.
    const roll = random.next();
    const onTime = () => Math.min(input.day + random.int(0, input.category.limit - 1), city.asOfDay - 1);
    let closedDay: number | null;
    if (dueDay > city.asOfDay && roll < 0.6) closedDay = null;
    else if (roll < 0.9) closedDay = onTime();
    else if (roll < 0.96) closedDay = dueDay + 1 <= city.asOfDay - 1 ? random.int(dueDay + 1, Math.min(dueDay + 20, city.asOfDay - 1)) : onTime();
    else closedDay = dueDay < city.asOfDay || dueDay > city.asOfDay ? null : onTime();
    const returnedCount = random.weighted([[0, 85], [1, 10], [2, 4], [3, 1]] as const);

    const closedMinute = closedDay === input.day ? Math.min(minute + random.int(30, 180), 23 * 60) : random.int(8 * 60, 17 * 60);
    const closed = closedDay !== null;
    const overdueClosed = closedDay !== null && closedDay > dueDay;
    const overdueOpen = !closed && dueDay < city.asOfDay;
    if (overdueClosed || overdueOpen || returnedCount > 1) {
      const why = [overdueClosed ? '超期办结 / closed after its due time' : '', overdueOpen ? '逾期未办结 / still open past its due time' : '', returnedCount > 1 ? `退回 ${returnedCount} 次 / returned ${returnedCount} times` : '']
        .filter(Boolean)
        .join('；');
      city.truth.warn('hotline.overdue', { type: 'ticket', key: ticketNo }, why);
    }

    const month = monthIndexOf(input.day);
    const countKey = `${input.county.code}/${month}`;
    this.perCountyMonth.set(countKey, (this.perCountyMonth.get(countKey) ?? 0) + 1);

    city.ticketRow({
      ticket_no: ticketNo,
      received_at: dateTimeText(input.day, minute),
      caller_phone: noisyPhone(random, input.phone),
      caller_name: random.chance(0.85) ? personName(random, random.chance(0.5)) : null,
      category: input.category.name,
      subcategory,
      region_code: random.chance(0.7) ? input.county.code : input.county.name,
      address: input.address,
      content: input.content ?? input.category.say(input.address, subcategory),
      assigned_department: `${input.county.name}${input.category.department}`,
      due_at: dateTimeText(dueDay, dueMinute),
      closed_at: closedDay !== null ? dateTimeText(closedDay, closedMinute) : null,
      status: closed ? random.pick(CLOSED_STATUSES) : returnedCount > 0 ? '已退回' : random.pick(OPEN_STATUSES),
      reply: closed ? '经核实，已协调相关单位处理，并向来电人反馈。' : null,
      satisfaction: closed ? random.weighted([['满意', 70], ['基本满意', 15], ['不满意', 8], ['未回访', 7]] as const) : null,
      returned_count: returnedCount,
    });
    return ticketNo;
  }
}

export const monthBounds = (monthIndex: number) => ({ fromDate: isoOf(monthStartDay(monthIndex)), toDate: isoOf(monthEndDay(monthIndex)) });
