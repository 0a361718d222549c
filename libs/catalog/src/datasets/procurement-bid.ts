import { type DatasetSpec } from '../spec/types';
import { defineField, enumValue } from './define-field';
import { USCC_SYNONYMS } from './shared-synonyms';

const WINNER_WORDS = [
  enumValue('true', ['中标', 'Won'], ['中标', '已中标', '成交', '中选', '中标候选人第一名']),
  enumValue('false', ['未中标', 'Lost'], ['未中标', '不中标', '落标', '未成交', '未中选', '废标']),
];

export const procurementBid: DatasetSpec = {
  code: 'procurement.bid',
  version: 1,
  name: { zh: '招投标信息', en: 'Bids' },
  provider: '公共资源交易中心',
  fields: [
    defineField('project_code', 'string', ['项目编号', 'Project code'], [
      '项目编号', '项目编码', '项目代码', '招标编号', '招标项目编号', '采购编号', '采购项目编号', '标段编号', '标段(包)编号',
      'xmbh', 'project_code', 'project_no', 'project_id',
    ], { required: true }),
    defineField('project_name', 'string', ['项目名称', 'Project name'], [
      '项目名称', '招标项目名称', '采购项目名称', '标段名称', '标段(包)名称', 'xmmc', 'project_name', 'project',
    ]),
    defineField('buyer_uscc', 'uscc', ['招标人统一社会信用代码', 'Buyer USCC'], [
      '招标人统一社会信用代码', '招标人信用代码', '招标人代码', '招标单位统一社会信用代码', '招标单位信用代码', '采购人统一社会信用代码',
      '采购人信用代码', '采购单位统一社会信用代码', '建设单位统一社会信用代码', 'zbrdm', 'cgrdm', 'buyer_uscc', 'buyer_code',
    ], { required: true }),
    defineField('buyer_name', 'string', ['招标人', 'Buyer'], [
      '招标人', '招标人名称', '招标单位', '招标单位名称', '采购人', '采购人名称', '采购单位', '采购单位名称', '建设单位', '业主单位',
      'zbr', 'cgr', 'buyer', 'buyer_name',
    ]),
    // The bidder is the row's own party, so a bare 统一社会信用代码 column means the bidder's.
    defineField('bidder_uscc', 'uscc', ['投标人统一社会信用代码', 'Bidder USCC'], [
      ...USCC_SYNONYMS, '投标人统一社会信用代码', '投标人信用代码', '投标人代码', '投标单位统一社会信用代码', '投标单位信用代码',
      '供应商统一社会信用代码', '供应商信用代码', 'tbrdm', 'bidder_uscc', 'supplier_uscc',
    ], { required: true }),
    defineField('bidder_name', 'string', ['投标人', 'Bidder'], [
      '投标人', '投标人名称', '投标单位', '投标单位名称', '投标企业', '供应商', '供应商名称', '单位名称', '企业名称', 'tbr', 'tbrmc',
      'bidder', 'bidder_name', 'supplier', 'supplier_name',
    ]),
    defineField('bid_price', 'amount', ['投标报价（元）', 'Bid price (fen)'], [
      '投标报价', '报价', '投标价格', '投标价', '投标金额', '投标总价', '报价金额', '响应报价', 'tbbj', 'bj', 'bid_price', 'price',
      'quote', 'bid_amount',
    ]),
    defineField('is_winner', 'boolean', ['是否中标', 'Winner'], [
      '是否中标', '中标', '中标结果', '中标情况', '是否成交', '成交结果', '评标结果', 'sfzb', 'is_winner', 'winner', 'won',
    ], { enumValues: WINNER_WORDS }),
    defineField('bid_date', 'date', ['开标日期', 'Bid date'], [
      '开标日期', '开标时间', '投标日期', '投标时间', '投标截止时间', '递交时间', 'kbrq', 'kbsj', 'bid_date', 'open_date', 'opening_date',
    ], { required: true }),
    defineField('bidder_ip', 'string', ['投标IP地址', 'Bidder IP address'], [
      '投标IP', '投标IP地址', '投标人IP', '投标人IP地址', 'IP地址', '上传IP', '递交IP', '投标文件上传IP', 'IP', 'bidder_ip',
      'ip_address', 'upload_ip',
    ]),
  ],
  subjects: [
    { role: 'buyer', subjectType: 'organization', keyField: 'buyer_uscc', nameField: 'buyer_name' },
    { role: 'bidder', subjectType: 'organization', keyField: 'bidder_uscc', nameField: 'bidder_name' },
  ],
  relations: [
    { type: 'bidder', from: 'bidder', to: 'buyer', attributeFields: { project_code: 'project_code', bid_price: 'bid_price', is_winner: 'is_winner' } },
    // A buyer "buys from" only the winner: the 标王 model counts these.
    { type: 'buyer', from: 'buyer', to: 'bidder', attributeFields: { project_code: 'project_code', bid_price: 'bid_price' }, when: { field: 'is_winner', equals: true } },
  ],
  validity: { kind: 'event', at: 'bid_date' },
};
