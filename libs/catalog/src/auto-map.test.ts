import { describe, expect, it } from 'vitest';
import { autoMapHeaders } from './auto-map';
import { builtInDataset } from './datasets';

// Headers as departments' exports print them, field by field in the same order.
const REALISTIC_HEADERS: Record<string, [string, string][]> = {
  'population.person': [
    ['公民身份号码', 'id_number'], ['姓名', 'name'], ['性别', 'gender'], ['出生日期', 'birth_date'], ['户籍地址', 'address'],
    ['行政区划代码', 'region_code'],
  ],
  'population.family': [
    ['身份证号', 'id_number'], ['关系人身份证号', 'related_id_number'], ['与本人关系', 'relation'], ['起始日期', 'valid_from'],
    ['终止日期', 'valid_to'],
  ],
  'civil.death': [['死者姓名', 'name'], ['身份证号码', 'id_number'], ['死亡日期', 'death_date']],
  'hr.public_official': [
    ['姓名', 'name'], ['身份证号', 'id_number'], ['工作单位', 'employer_name'], ['单位统一社会信用代码', 'employer_uscc'],
    ['现任职务', 'position'], ['职级', 'rank'], ['任职时间', 'start_date'], ['免职时间', 'end_date'],
  ],
  'realestate.property': [
    ['不动产权证号', 'certificate_no'], ['权利人', 'owner_name'], ['权利人证件号码', 'owner_id_number'],
    ['统一社会信用代码', 'owner_uscc'], ['坐落', 'address'], ['规划用途', 'usage'], ['建筑面积（㎡）', 'area_m2'],
    ['登簿日期', 'register_date'], ['注销日期', 'cancel_date'],
  ],
  'vehicle.registration': [
    ['号牌号码', 'plate'], ['机动车所有人', 'owner_name'], ['身份证明号码', 'owner_id_number'], ['车辆类型', 'vehicle_type'],
    ['初次登记日期', 'register_date'], ['注销日期', 'cancel_date'],
  ],
  'market.enterprise': [
    ['统一社会信用代码', 'uscc'], ['企业名称', 'name'], ['法定代表人', 'legal_rep_name'],
    ['法定代表人身份证号', 'legal_rep_id_number'], ['成立日期', 'established_date'], ['注销日期', 'deregistered_date'],
    ['所属区县', 'region_code'],
  ],
  'market.shareholder': [
    ['统一社会信用代码', 'uscc'], ['股东名称', 'holder_name'], ['股东证件号码', 'holder_id_number'],
    ['股东统一社会信用代码', 'holder_uscc'], ['持股比例(%)', 'share_ratio'], ['入股日期', 'valid_from'], ['退出日期', 'valid_to'],
  ],
  'housing.rental_application': [
    ['申请编号', 'application_no'], ['申请人姓名', 'name'], ['申请人身份证号', 'id_number'], ['家庭人口', 'household_size'],
    ['家庭月收入(元)', 'household_income_monthly'], ['共同申请人身份证号', 'co_applicant_id_numbers'], ['申请日期', 'apply_date'],
    ['审核状态', 'status'],
  ],
  'housing.rental_subsidy': [['公民身份号码', 'id_number'], ['姓名', 'name'], ['发放月份', 'month'], ['发放金额(元)', 'amount']],
  'civil.subsistence_allowance': [
    ['户主姓名', 'name'], ['户主身份证号', 'id_number'], ['发放年月', 'month'], ['低保金额（元）', 'amount'],
  ],
  'traffic.dui_case': [
    ['案件编号', 'case_no'], ['当事人', 'name'], ['驾驶证号', 'id_number'], ['号牌号码', 'plate'], ['查获时间', 'occurred_at'],
    ['血液酒精含量(mg/100ml)', 'bac_mg_100ml'],
  ],
  'procurement.bid': [
    ['项目编号', 'project_code'], ['项目名称', 'project_name'], ['招标人', 'buyer_name'],
    ['招标人统一社会信用代码', 'buyer_uscc'], ['投标人', 'bidder_name'], ['统一社会信用代码', 'bidder_uscc'],
    ['投标报价（元）', 'bid_price'], ['是否中标', 'is_winner'], ['开标时间', 'bid_date'], ['投标IP地址', 'bidder_ip'],
  ],
  'hotline.ticket': [
    ['工单编号', 'ticket_no'], ['来电时间', 'received_at'], ['来电号码', 'caller_phone'], ['来电人', 'caller_name'],
    ['诉求类型', 'category'], ['二级分类', 'subcategory'], ['所属区县', 'region_code'], ['事发地址', 'address'],
    ['诉求内容', 'content'], ['承办单位', 'assigned_department'], ['办理截止时间', 'due_at'], ['办结时间', 'closed_at'],
    ['工单状态', 'status'], ['办理结果', 'reply'], ['满意度', 'satisfaction'], ['退回次数', 'returned_count'],
  ],
};

describe('autoMapHeaders', () => {
  it.each(Object.entries(REALISTIC_HEADERS))('maps a realistic %s export completely', (code, pairs) => {
    const spec = builtInDataset(code)!;
    const headers = ['序号', ...pairs.map(([header]) => header), '备注'];
    const result = autoMapHeaders(spec, headers);
    expect(result.mapping).toEqual(Object.fromEntries(pairs));
    expect(result.unmapped).toEqual(['序号', '备注']);
    expect(result.missingRequired).toEqual([]);
    expect(result.missingOneOf).toEqual([]);
    expect(result.ambiguous).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('matches pinyin initials, English names, full-width text and required-column stars', () => {
    const spec = builtInDataset('housing.rental_subsidy');
    const result = autoMapHeaders(spec, ['SFZH', ' xm ', 'Pay Month', '＊金额（元）*']);
    expect(result.mapping).toEqual({ SFZH: 'id_number', ' xm ': 'name', 'Pay Month': 'month', '＊金额（元）*': 'amount' });
  });

  it('prefers an exact field name to another field’s synonym', () => {
    const spec = builtInDataset('market.enterprise');
    expect(autoMapHeaders(spec, ['name', 'uscc', 'legal_rep_id_number']).mapping).toEqual({
      name: 'name',
      uscc: 'uscc',
      legal_rep_id_number: 'legal_rep_id_number',
    });
  });

  it('lists required fields that no header maps to', () => {
    const result = autoMapHeaders(builtInDataset('housing.rental_subsidy'), ['姓名', '金额']);
    expect(result.missingRequired).toEqual(['id_number', 'month']);
  });

  it('reports a requireOneOf group with no header', () => {
    const result = autoMapHeaders(builtInDataset('realestate.property'), ['不动产权证号', '权利人', '登记日期']);
    expect(result.missingOneOf).toEqual([['owner_id_number', 'owner_uscc']]);
    expect(result.missingRequired).toEqual([]);
  });

  it('keeps the first of two headers for one field and reports the clash', () => {
    const result = autoMapHeaders(builtInDataset('housing.rental_subsidy'), ['身份证号', '姓名', '证件号码', '月份', '金额']);
    expect(result.mapping['身份证号']).toBe('id_number');
    expect(result.mapping['证件号码']).toBeUndefined();
    expect(result.unmapped).toEqual(['证件号码']);
    expect(result.ambiguous).toEqual([{ field: 'id_number', headers: ['身份证号', '证件号码'], kept: '身份证号' }]);
  });

  it('maps the first of two identically named columns', () => {
    const result = autoMapHeaders(builtInDataset('housing.rental_subsidy'), ['姓名', '身份证号', '姓名', '月份', '金额']);
    expect(result.mapping['姓名']).toBe('name');
    expect(result.unmapped).toEqual(['姓名']);
    expect(result.ambiguous).toEqual([{ field: 'name', headers: ['姓名', '姓名'], kept: '姓名' }]);
  });

  describe('overrides', () => {
    const spec = builtInDataset('housing.rental_subsidy');

    it('win over automatic matches, even for a later header', () => {
      const headers = ['身份证号', '姓名', '月份', '金额', '实发金额'];
      const result = autoMapHeaders(spec, headers, { 实发金额: 'amount' });
      expect(result.mapping).toEqual({ 身份证号: 'id_number', 姓名: 'name', 月份: 'month', 实发金额: 'amount' });
      expect(result.unmapped).toEqual(['金额']);
      expect(result.ambiguous).toEqual([]);
    });

    it('can map an unrecognised header or leave a recognised one unmapped', () => {
      const result = autoMapHeaders(spec, ['身份证号', '姓名', 'YF', 'JE'], { YF: 'month', JE: 'amount', 姓名: '' });
      expect(result.mapping).toEqual({ 身份证号: 'id_number', YF: 'month', JE: 'amount' });
      expect(result.unmapped).toEqual(['姓名']);
    });

    it('report an unknown field or header instead of throwing', () => {
      const result = autoMapHeaders(spec, ['身份证号', '月份', '金额', '户籍地'], { 户籍地: 'address', 不存在的列: 'name' });
      expect(result.errors.map((e) => [e.code, e.header, e.field])).toEqual([
        ['mapping.unknown_header', '不存在的列', 'name'],
        ['mapping.unknown_field', '户籍地', 'address'],
      ]);
      expect(result.errors[1]!.message).toContain('housing.rental_subsidy');
      expect(result.unmapped).toEqual(['户籍地']);
      expect(result.mapping).toEqual({ 身份证号: 'id_number', 月份: 'month', 金额: 'amount' });
    });
  });
});
