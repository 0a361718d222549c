// How each department sends its feed: file name, format, encoding, and its own Chinese
// headers. Every header is a synonym the catalogue auto-maps (libs/catalog), chosen to
// differ from the standard display names, as a real export would.

export interface FeedDefinition {
  readonly file: string;
  readonly dataset: string;
  readonly department: string;
  readonly format: 'csv' | 'xlsx' | 'ndjson';
  readonly encoding: 'gbk' | 'utf-8' | null;
  readonly bom?: boolean;
  /** XLSX: the merged title row above the header. */
  readonly title?: string;
  readonly sheet?: string;
  /** [header as the department writes it, standard field]. */
  readonly columns: ReadonlyArray<readonly [header: string, field: string]>;
}

export const FEEDS = {
  person: {
    file: 'police-population-person.csv', dataset: 'population.person', department: 'police', format: 'csv', encoding: 'gbk',
    columns: [['身份证号码', 'id_number'], ['人员姓名', 'name'], ['xb', 'gender'], ['出生年月日', 'birth_date'], ['户籍地址', 'address'], ['户籍区划', 'region_code']],
  },
  family: {
    file: 'police-population-family.csv', dataset: 'population.family', department: 'police', format: 'csv', encoding: 'gbk',
    columns: [['本人身份证号', 'id_number'], ['关系人身份证号', 'related_id_number'], ['与本人关系', 'relation'], ['关系建立日期', 'valid_from'], ['关系解除日期', 'valid_to']],
  },
  death: {
    file: 'civil-death.xlsx', dataset: 'civil.death', department: 'civil', format: 'xlsx', encoding: null,
    title: '常德市民政局死亡人员信息表', sheet: '死亡人员',
    columns: [['逝者身份证号码', 'id_number'], ['逝者姓名', 'name'], ['死亡时间', 'death_date']],
  },
  allowance: {
    file: 'civil-subsistence-allowance.xlsx', dataset: 'civil.subsistence_allowance', department: 'civil', format: 'xlsx', encoding: null,
    title: '常德市城乡最低生活保障金发放明细', sheet: '低保发放',
    columns: [['保障对象身份证号码', 'id_number'], ['保障对象姓名', 'name'], ['保障月份', 'month'], ['月保障金额', 'amount']],
  },
  official: {
    file: 'hr-public-official.xlsx', dataset: 'hr.public_official', department: 'hr', format: 'xlsx', encoding: null,
    title: '常德市公职人员信息库（组织部、人社局）', sheet: '公职人员',
    columns: [['身份证号码', 'id_number'], ['干部姓名', 'name'], ['任职单位', 'employer_name'], ['单位信用代码', 'employer_uscc'], ['现任职务', 'position'], ['职务层次', 'rank'], ['任职时间', 'start_date'], ['免职时间', 'end_date']],
  },
  property: {
    file: 'realestate-property.csv', dataset: 'realestate.property', department: 'realestate', format: 'csv', encoding: 'gbk',
    columns: [['不动产权证书号', 'certificate_no'], ['产权人', 'owner_name'], ['权利人证件号码', 'owner_id_number'], ['房屋坐落', 'address'], ['规划用途', 'usage'], ['建筑面积', 'area_m2'], ['登簿日期', 'register_date'], ['注销登记日期', 'cancel_date']],
  },
  vehicle: {
    file: 'vehicle-registration.csv', dataset: 'vehicle.registration', department: 'vehicle', format: 'csv', encoding: 'utf-8', bom: true,
    columns: [['车牌号码', 'plate'], ['所有人', 'owner_name'], ['身份证明号码', 'owner_id_number'], ['车辆种类', 'vehicle_type'], ['初登日期', 'register_date'], ['注销时间', 'cancel_date']],
  },
  enterprise: {
    file: 'market-enterprise.xlsx', dataset: 'market.enterprise', department: 'market', format: 'xlsx', encoding: null,
    title: '常德市市场主体登记信息', sheet: '市场主体',
    columns: [['社会信用代码', 'uscc'], ['市场主体名称', 'name'], ['法人代表', 'legal_rep_name'], ['法人身份证号', 'legal_rep_id_number'], ['成立时间', 'established_date'], ['吊销注销日期', 'deregistered_date'], ['住所所在区划', 'region_code']],
  },
  shareholder: {
    file: 'market-shareholder.xlsx', dataset: 'market.shareholder', department: 'market', format: 'xlsx', encoding: null,
    title: '常德市企业股东（出资人）信息', sheet: '股东',
    columns: [['企业信用代码', 'uscc'], ['股东姓名', 'holder_name'], ['股东身份证号', 'holder_id_number'], ['出资比例', 'share_ratio'], ['入股日期', 'valid_from'], ['退股日期', 'valid_to']],
  },
  application: {
    file: 'housing-rental-application.xlsx', dataset: 'housing.rental_application', department: 'housing', format: 'xlsx', encoding: null,
    title: '常德市公共租赁住房申请汇总表', sheet: '申请',
    columns: [['申请号', 'application_no'], ['申请人身份证号码', 'id_number'], ['申请人姓名', 'name'], ['家庭人口数', 'household_size'], ['家庭月总收入', 'household_income_monthly'], ['家庭成员身份证号码', 'co_applicant_id_numbers'], ['申请时间', 'apply_date'], ['审批结果', 'status']],
  },
  subsidy: {
    file: 'housing-rental-subsidy.csv', dataset: 'housing.rental_subsidy', department: 'housing', format: 'csv', encoding: 'gbk',
    columns: [['身份证号', 'id_number'], ['领取人姓名', 'name'], ['补贴年月', 'month'], ['补贴金额', 'amount']],
  },
  dui: {
    file: 'traffic-dui-case.csv', dataset: 'traffic.dui_case', department: 'traffic', format: 'csv', encoding: 'utf-8',
    columns: [['决定书编号', 'case_no'], ['驾驶证号', 'id_number'], ['当事人姓名', 'name'], ['车牌号', 'plate'], ['查获时间', 'occurred_at'], ['血液中酒精含量', 'bac_mg_100ml']],
  },
  bid: {
    file: 'trading-procurement-bid.csv', dataset: 'procurement.bid', department: 'trading', format: 'csv', encoding: 'utf-8',
    columns: [['招标项目编号', 'project_code'], ['招标项目名称', 'project_name'], ['招标人代码', 'buyer_uscc'], ['招标人名称', 'buyer_name'], ['投标人信用代码', 'bidder_uscc'], ['投标人名称', 'bidder_name'], ['投标报价（万元）', 'bid_price'], ['中标结果', 'is_winner'], ['开标时间', 'bid_date'], ['投标IP', 'bidder_ip']],
  },
  ticket: {
    file: 'hotline-ticket.ndjson', dataset: 'hotline.ticket', department: 'hotline', format: 'ndjson', encoding: 'utf-8',
    columns: [['工单号', 'ticket_no'], ['来电时间', 'received_at'], ['联系电话', 'caller_phone'], ['诉求人', 'caller_name'], ['问题分类', 'category'], ['二级分类', 'subcategory'], ['事发区县', 'region_code'], ['事发地点', 'address'], ['来电内容', 'content'], ['办理单位', 'assigned_department'], ['限办时间', 'due_at'], ['结案时间', 'closed_at'], ['办理状态', 'status'], ['答复内容', 'reply'], ['回访满意度', 'satisfaction'], ['退单次数', 'returned_count']],
  },
} as const satisfies Record<string, FeedDefinition>;

export type FeedKey = keyof typeof FEEDS;
export const FEED_KEYS = Object.keys(FEEDS) as FeedKey[];
