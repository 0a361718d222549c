import { normalizeName } from '@zhijian/standard';
import { describe, expect, it } from 'vitest';
import { autoMapHeaders } from './auto-map';
import { builtInDataset } from './datasets';
import { createRowStandardizer, type RowResult } from './standardize-row';
import { sampleResidentId, sampleUscc } from './testing/sample-identifiers';

const ID = sampleResidentId(1, '19800115');
const ID_2 = sampleResidentId(2, '19820304');
const USCC = sampleUscc(1);

function standardizerFor(code: string, headers: string[]) {
  const spec = builtInDataset(code)!;
  return createRowStandardizer(spec, autoMapHeaders(spec, headers).mapping, headers);
}

function valuesOf(result: RowResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.values;
}

function errorsOf(result: RowResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => [e.field, e.code]);
}

describe('createRowStandardizer', () => {
  const subsidy = standardizerFor('housing.rental_subsidy', ['公民身份号码', '姓名', '发放月份', '发放金额(元)']);

  it('standardizes a subsidy row to canonical values', () => {
    const idWithLowerX = sampleResidentId(7, '19750101');
    const result = subsidy([` ${idWithLowerX.toLowerCase()} `, '张 三', '2024年3月', '1,234.5'], 2);
    expect(valuesOf(result)).toEqual({ id_number: idWithLowerX, name: '张三', month: '2024-03', amount: 123450 });
  });

  it('collects every bad field of a row, keeping the standard codes and zh-CN messages', () => {
    const badChecksum = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');
    const result = subsidy([badChecksum, '张三', '2024-13', '十二块五毛三厘'], 7);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 7, field: 'id_number', column: '公民身份号码', code: 'id.checksum', message: '身份证号码校验码错误', input: badChecksum },
      { row: 7, field: 'month', column: '发放月份', code: 'month.impossible', message: expect.stringContaining('月份不存在'), input: '2024-13' },
      { row: 7, field: 'amount', column: '发放金额(元)', code: 'amount.format', message: '无法识别的金额', input: '十二块五毛三厘' },
    ]);
  });

  it('reads blanks as null and reports required blanks', () => {
    expect(errorsOf(subsidy([ID, ' ', '\u3000', null], 3))).toEqual([
      ['month', 'field.required'],
      ['amount', 'field.required'],
    ]);
    expect(valuesOf(subsidy([ID, '', '2024-01', '100'], 4)).name).toBeNull();
  });

  it('fails every row on a required field without a column, and still checks the rest', () => {
    const headers = ['身份证号', '金额'];
    const standardize = createRowStandardizer(builtInDataset('housing.rental_subsidy'), { 身份证号: 'id_number', 金额: 'amount' }, headers);
    expect(errorsOf(standardize([ID, 'abc'], 2))).toEqual([
      ['amount', 'amount.format'],
      ['month', 'field.required'],
    ]);
  });

  it('reads month columns that hold dates or Excel serials', () => {
    expect(valuesOf(subsidy([ID, '李四', '2024-03-01', '100'], 2)).month).toBe('2024-03');
    expect(valuesOf(subsidy([ID, '李四', '45352', '100'], 2)).month).toBe('2024-03'); // serial of 2024-03-01
    expect(valuesOf(subsidy([ID, '李四', '202403', '100'], 2)).month).toBe('2024-03');
  });

  it('scales amounts in a 万元 column', () => {
    const bids = standardizerFor('procurement.bid', ['项目编号', '招标人统一社会信用代码', '统一社会信用代码', '投标报价（万元）', '开标日期']);
    expect(valuesOf(bids(['ZB-1', USCC, sampleUscc(2), '12.5', '2024-05-06'], 2)).bid_price).toBe(12_500_000);
    expect(valuesOf(bids(['ZB-1', USCC, sampleUscc(2), '800元', '2024-05-06'], 2)).bid_price).toBe(80_000);
  });

  it('keeps a Han name as is and agrees with normalizeName on others', () => {
    for (const name of ['欧阳娜娜', '买买提·艾力', '  王 小明 ', 'ＬＩ Ｌｅｉ', '黃誌明']) {
      const result = subsidy([ID, name, '2024-01', '1'], 2);
      const expected = normalizeName(name);
      expect(valuesOf(result).name).toBe(expected.ok ? expected.value : null);
    }
    expect(errorsOf(subsidy([ID, '张三3', '2024-01', '1'], 2))).toEqual([['name', 'name.charset']]);
  });

  describe('requireOneOf', () => {
    const property = standardizerFor('realestate.property', ['不动产权证号', '权利人', '权利人证件号码', '统一社会信用代码', '登记日期']);

    it('accepts a person owner or an organization owner', () => {
      expect(valuesOf(property(['湘(2021)常德市不动产权第0012345号', '张三', ID, '', '2021-05-06'], 2)).owner_id_number).toBe(ID);
      expect(valuesOf(property(['湘(2021)常德市不动产权第0012346号', '某公司', '', USCC, '2021-05-06'], 3)).owner_uscc).toBe(USCC);
    });

    it('rejects a row with neither', () => {
      const result = property(['湘(2021)常德市不动产权第0012347号', '张三', '', '', '2021-05-06'], 4);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toEqual([
        {
          row: 4,
          field: 'owner_id_number',
          column: '权利人证件号码',
          code: 'field.one_of_required',
          message: '“权利人公民身份号码”、“权利人统一社会信用代码”至少须填写一项',
          input: null,
        },
      ]);
    });

    it('reports only the malformed member when one is present but bad', () => {
      expect(errorsOf(property(['湘(2021)常德市不动产权第0012348号', '张三', '12345', '', '2021-05-06'], 5))).toEqual([
        ['owner_id_number', 'id.length'],
      ]);
    });
  });

  describe('enums and booleans', () => {
    const person = standardizerFor('population.person', ['身份证号', '姓名', '性别']);
    const family = standardizerFor('population.family', ['身份证号', '关系人身份证号', '关系']);
    const bid = standardizerFor('procurement.bid', ['项目编号', '招标人统一社会信用代码', '统一社会信用代码', '是否中标', '开标日期']);
    const ticket = standardizerFor('hotline.ticket', ['工单编号', '受理时间', '诉求内容', '满意度', '工单状态']);

    it.each([['男', 'male'], ['女', 'female'], ['M', 'male'], [' f ', 'female'], ['１', 'male'], ['女性', 'female']])(
      'gender %s → %s',
      (raw, code) => expect(valuesOf(person([ID, '张三', raw], 2)).gender).toBe(code),
    );

    it.each([['配偶', 'spouse'], ['夫妻', 'spouse'], ['父母', 'parent'], ['母亲', 'parent'], ['子女', 'child'], ['长女', 'child'], ['兄弟姐妹', 'sibling']])(
      'relation %s → %s',
      (raw, code) => expect(valuesOf(family([ID, ID_2, raw], 2)).relation).toBe(code),
    );

    it.each([['是', true], ['否', false], ['1', true], ['0', false], ['Y', true], ['n', false], ['TRUE', true], ['false', false], ['中标', true], ['未中标', false]])(
      'is_winner %s → %s',
      (raw, value) => expect(valuesOf(bid(['ZB-1', USCC, sampleUscc(2), raw, '2024-05-06'], 2)).is_winner).toBe(value),
    );

    it.each([['满意', 'satisfied'], ['基本满意', 'basically_satisfied'], ['不满意', 'unsatisfied'], ['未回访', 'none']])(
      'satisfaction %s → %s',
      (raw, code) => expect(valuesOf(ticket(['T1', '2024-03-01 08:00', '路灯不亮', raw, '已办结'], 2)).satisfaction).toBe(code),
    );

    it('rejects unknown values with field.enum and field.boolean', () => {
      expect(errorsOf(person([ID, '张三', '男女'], 2))).toEqual([['gender', 'field.enum']]);
      expect(errorsOf(bid(['ZB-1', USCC, sampleUscc(2), '也许', '2024-05-06'], 2))).toEqual([['is_winner', 'field.boolean']]);
      const result = family([ID, ID_2, '表兄'], 2);
      expect(result.ok === false && result.errors[0]!.message).toBe('“关系”的取值不在允许范围内（配偶、父母、子女、兄弟姐妹）');
    });
  });

  describe('numbers, dates and lists', () => {
    it('reads share ratios as a fraction of 1', () => {
      const holders = standardizerFor('market.shareholder', ['统一社会信用代码', '股东证件号码', '持股比例']);
      const ratio = (raw: string) => holders([USCC, ID, raw], 2);
      expect(valuesOf(ratio('35%')).share_ratio).toBe(0.35);
      expect(valuesOf(ratio('0.35')).share_ratio).toBe(0.35);
      expect(valuesOf(ratio('35')).share_ratio).toBe(0.35);
      expect(valuesOf(ratio('１００％')).share_ratio).toBe(1);
      expect(errorsOf(ratio('120%'))).toEqual([['share_ratio', 'field.number']]);
      expect(errorsOf(ratio('三成'))).toEqual([['share_ratio', 'field.number']]);
    });

    it('reads decimals with units and integers with counters', () => {
      const property = standardizerFor('realestate.property', ['不动产权证号', '权利人证件号码', '建筑面积', '登记日期']);
      expect(valuesOf(property(['C1', ID, '89.56㎡', '2021-05-06'], 2)).area_m2).toBe(89.56);
      expect(valuesOf(property(['C1', ID, '1,089.5 平方米', '2021-05-06'], 2)).area_m2).toBe(1089.5);
      expect(errorsOf(property(['C1', ID, '八十平', '2021-05-06'], 2))).toEqual([['area_m2', 'field.number']]);

      const applications = standardizerFor('housing.rental_application', ['申请编号', '身份证号', '姓名', '家庭人口', '申请日期']);
      expect(valuesOf(applications(['A1', ID, '张三', '3人', '2024-01-02'], 2)).household_size).toBe(3);
      expect(errorsOf(applications(['A1', ID, '张三', '2.5', '2024-01-02'], 2))).toEqual([['household_size', 'field.number']]);
    });

    it('gives dates as YYYY-MM-DD and date-times with +08:00, reading Excel serials', () => {
      const cases = standardizerFor('traffic.dui_case', ['案件编号', '身份证号', '查获时间', '号牌号码', '血液酒精含量']);
      const values = valuesOf(cases(['AJ1', ID, '2024/3/5 23:10', '湘j·12345', '86.2mg/100ml'], 2));
      expect(values).toMatchObject({ occurred_at: '2024-03-05T23:10:00+08:00', plate: '湘J12345', bac_mg_100ml: 86.2 });
      expect(valuesOf(cases(['AJ2', ID, '2024年3月5日', '', ''], 3)).occurred_at).toBe('2024-03-05T00:00:00+08:00');
      expect(valuesOf(cases(['AJ3', ID, '45356.5', '', ''], 4)).occurred_at).toBe('2024-03-05T12:00:00+08:00');

      const deaths = standardizerFor('civil.death', ['身份证号', '死亡日期']);
      expect(valuesOf(deaths([ID, '45356'], 2)).death_date).toBe('2024-03-05');
      expect(valuesOf(deaths([ID, '2024-03-05 10:00'], 2)).death_date).toBe('2024-03-05');
      const mac = createRowStandardizer(builtInDataset('civil.death'), { 身份证号: 'id_number', 死亡日期: 'death_date' }, ['身份证号', '死亡日期'], {
        excelSystem: 1904,
      });
      expect(valuesOf(mac([ID, '43894'], 2)).death_date).toBe('2024-03-05');
    });

    it('splits co-applicant IDs into a list without repeats', () => {
      const applications = standardizerFor('housing.rental_application', ['申请编号', '身份证号', '姓名', '共同申请人身份证号', '申请日期']);
      const row = (list: string) => applications(['A1', ID, '张三', list, '2024-01-02'], 2);
      expect(valuesOf(row(`${ID_2}，${ID_2.toLowerCase()}; ${sampleResidentId(3)}`)).co_applicant_id_numbers).toEqual([
        ID_2,
        sampleResidentId(3),
      ]);
      expect(valuesOf(row(' ')).co_applicant_id_numbers).toBeNull();
      expect(errorsOf(row(`${ID_2}、123`))).toEqual([['co_applicant_id_numbers', 'id.length']]);
    });
  });

  it('throws when handed a mapping to a field the dataset lacks', () => {
    expect(() => createRowStandardizer(builtInDataset('civil.death'), { 地址: 'address' }, ['地址'])).toThrow(/no field "address"/);
  });
});
