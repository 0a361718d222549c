// Models about public officials: subsistence allowance after death (civil affairs), drunk
// driving while in office, and officials running businesses.
import type { CollisionModelSpec } from '../spec/types';

export const civilDeceasedAllowance: CollisionModelSpec = {
  code: 'civil.deceased_allowance',
  version: 1,
  kind: 'collision',
  name: { zh: '向已死亡人员发放低保', en: 'Subsistence allowance paid after death' },
  description: { zh: '低保发放月份的首日晚于领取人的死亡日期。', en: "A subsistence allowance paid for a month that starts after the recipient's death date." },
  severity: 'high',
  base: { dataset: 'civil.subsistence_allowance', as: 'sa' },
  alternatives: [
    {
      atoms: [
        { as: 'sa', dataset: 'civil.subsistence_allowance', subjects: { recipient: 'p' } },
        { as: 'd', dataset: 'civil.death', subjects: { person: 'p' } },
      ],
      time: [{ after: ['sa', 'd'] }],
    },
  ],
  subject: { node: 'p' },
  amount: { field: 'sa.amount' },
  route: { to: 'provider' },
};

export const trafficOfficialDui: CollisionModelSpec = {
  code: 'traffic.official_dui',
  version: 1,
  kind: 'collision',
  name: { zh: '公职人员酒驾醉驾', en: 'Public official drink-driving' },
  description: {
    zh: '酒驾醉驾案件（血液酒精含量 ≥ 20 mg/100ml）发生在当事人担任公职人员期间；推送至其任职单位。',
    en: "A drink-driving case (BAC ≥ 20 mg/100ml) within the person's tenure as a public official; routed to the official's employer.",
  },
  severity: 'high',
  params: { min_bac: { type: 'number', default: 20, min: 0, unit: 'mg/100ml', label: { zh: '血液酒精含量下限', en: 'Minimum blood alcohol' } } },
  base: { dataset: 'traffic.dui_case', as: 'c' },
  alternatives: [
    {
      atoms: [
        { as: 'c', dataset: 'traffic.dui_case', subjects: { offender: 'p' }, where: [{ left: { field: 'c.bac_mg_100ml' }, op: '>=', right: { param: 'min_bac' } }] },
        { as: 'o', dataset: 'hr.public_official', subjects: { official: 'p', employer: 'unit' } },
      ],
      time: [{ overlap: ['c', 'o'] }],
    },
  ],
  subject: { node: 'p' },
  fingerprint: [{ field: 'c.case_no' }],
  route: { to: 'organization', node: 'unit', fallbackDepartment: 'jw' },
};

export const businessOfficialRunsEnterprise: CollisionModelSpec = {
  code: 'business.official_runs_enterprise',
  version: 1,
  kind: 'collision',
  name: { zh: '公职人员违规经商办企业', en: 'Public official runs a business' },
  description: {
    zh: '公职人员任职期间同时担任未注销企业的法定代表人或股东。',
    en: "A public official's tenure overlaps their being legal representative or shareholder of an enterprise not deregistered.",
  },
  severity: 'high',
  base: { dataset: 'hr.public_official', as: 'o' },
  alternatives: [
    {
      label: { zh: '法定代表人', en: 'Legal representative' },
      atoms: [
        { as: 'o', dataset: 'hr.public_official', subjects: { official: 'p', employer: 'unit' } },
        { as: 'e', dataset: 'market.enterprise', subjects: { legal_representative: 'p' } },
      ],
      time: [{ overlap: ['o', 'e'] }],
    },
    {
      label: { zh: '股东', en: 'Shareholder' },
      atoms: [
        { as: 'o', dataset: 'hr.public_official', subjects: { official: 'p', employer: 'unit' } },
        { as: 'sh', dataset: 'market.shareholder', subjects: { holder_person: 'p', enterprise: 'firm' } },
      ],
      time: [{ overlap: ['o', 'sh'] }],
      // Deregistered before the tenure and the holding both began: nothing was run in office.
      absent: [
        {
          as: 'gone',
          dataset: 'market.enterprise',
          subjects: { enterprise: 'firm' },
          where: [
            {
              any: [
                { left: { field: 'gone.deregistered_date' }, op: '<', right: { field: 'o.valid_from' } },
                { left: { field: 'gone.deregistered_date' }, op: '<', right: { field: 'sh.valid_from' } },
              ],
            },
          ],
        },
      ],
    },
  ],
  subject: { node: 'p' },
  route: { to: 'organization', node: 'unit', fallbackDepartment: 'jw' },
};

export const OFFICIAL_MODELS = [civilDeceasedAllowance, trafficOfficialDui, businessOfficialRunsEnterprise];
