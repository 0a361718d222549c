// Procurement (招投标) models: a relative of the buyer's official wins the bid, and one
// bidder wins most of a buyer's projects ("标王").
import type { AggregateModelSpec, CollisionModelSpec } from '../spec/types';

export const procurementRelativeWinsBid: CollisionModelSpec = {
  code: 'procurement.relative_wins_bid',
  version: 1,
  kind: 'collision',
  name: { zh: '公职人员亲属企业中标本单位项目', en: "An official's relative's company wins the official's unit's bid" },
  description: {
    zh: '中标企业的法定代表人或股东，是招标单位某公职人员的配偶、父母、子女或兄弟姐妹（均在开标日有效）。',
    en: 'The winning enterprise’s legal representative or shareholder is a spouse, parent, child or sibling of an official employed by the buyer, all valid on the bid date.',
  },
  severity: 'high',
  base: { dataset: 'procurement.bid', as: 'b' },
  alternatives: [
    {
      atoms: [
        { as: 'b', dataset: 'procurement.bid', subjects: { bidder: 'firm', buyer: 'unit' }, where: [{ field: 'b.is_winner', in: [true] }] },
        { as: 'ctl', relation: ['legal_representative', 'shareholder'], from: 'kin', to: 'firm' },
        { as: 'fam', relation: ['family'], from: 'kin', to: 'official', direction: 'any' },
        { as: 'o', dataset: 'hr.public_official', subjects: { official: 'official', employer: 'unit' } },
      ],
      time: [{ overlap: ['b', 'ctl'] }, { overlap: ['b', 'fam'] }, { overlap: ['b', 'o'] }],
    },
  ],
  subject: { node: 'official' },
  amount: { field: 'b.bid_price' },
  route: { to: 'organization', node: 'unit', fallbackDepartment: 'jw' },
};

export const procurementDominantBidder: AggregateModelSpec = {
  code: 'procurement.dominant_bidder',
  version: 1,
  kind: 'aggregate',
  name: { zh: '单一企业垄断采购人项目（标王）', en: "One bidder wins most of a buyer's projects" },
  description: {
    zh: '一年内某采购人至少 N 个（默认 5）已定标项目中，同一企业中标比例超过阈值（默认 50%）。',
    en: "Within a calendar year, one bidder wins more than a share (default 50%) of a buyer's awarded projects, over at least N (default 5) projects.",
  },
  severity: 'medium',
  params: {
    max_share: { type: 'number', default: 0.5, min: 0, max: 1, label: { zh: '中标比例阈值', en: 'Share of wins' } },
    min_projects: { type: 'integer', default: 5, min: 1, label: { zh: '最少项目数', en: 'Minimum projects' } },
  },
  base: { as: 'b', dataset: 'procurement.bid', subjects: { bidder: 'firm' }, where: [{ field: 'b.is_winner', in: [true] }] },
  groupings: [{ subject: { node: 'firm' }, by: [{ field: 'b.buyer_uscc' }, { yearOf: 'b.bid_date' }] }],
  countDistinct: { field: 'b.project_code' },
  shareOf: [{ field: 'b.buyer_uscc' }, { yearOf: 'b.bid_date' }],
  having: [
    { measure: 'total', op: '>=', right: { param: 'min_projects' } },
    { measure: 'share', op: '>', right: { param: 'max_share' } },
  ],
  route: { to: 'provider' },
};

export const PROCUREMENT_MODELS = [procurementRelativeWinsBid, procurementDominantBidder];
