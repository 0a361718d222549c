// Public-rental housing (公租房) models: a rental subsidy paid for a month in which the
// recipient was not eligible — owned a home or a car, held public office, ran a company,
// had died — plus duplicate benefits and incomes over the line.
import type { CollisionModelSpec, RecordAtom } from '../spec/types';

const SUBSIDY: RecordAtom = { as: 's', dataset: 'housing.rental_subsidy', subjects: { recipient: 'p' } };
const ACTIVE_APPLICATION = ['approved', 'allocated'];

const subsidyModel = (
  code: string,
  name: { zh: string; en: string },
  description: { zh: string; en: string },
  rest: Pick<CollisionModelSpec, 'alternatives'> & Partial<CollisionModelSpec>,
): CollisionModelSpec => ({
  code,
  version: 1,
  name,
  description,
  kind: 'collision',
  severity: 'high',
  base: { dataset: 'housing.rental_subsidy', as: 's' },
  subject: { node: 'p' },
  amount: { field: 's.amount' },
  route: { to: 'provider' },
  ...rest,
});

export const housingOwnsProperty = subsidyModel(
  'housing.owns_property',
  { zh: '享受租赁补贴期间名下有住宅', en: 'Subsidy recipient owns a home' },
  {
    zh: '某月发放了租赁补贴，而领取人当月持有用途为住宅的不动产登记（当月末前登记、当月初前未注销）；涉及金额为这些月份的补贴。',
    en: 'A rental subsidy paid for a month in which the recipient held a residential property registration (registered by the month end, not cancelled before its start); amount = those payments.',
  },
  {
    alternatives: [
      {
        atoms: [SUBSIDY, { as: 'h', dataset: 'realestate.property', subjects: { owner_person: 'p' }, where: [{ field: 'h.usage', in: ['residential'] }] }],
        time: [{ overlap: ['s', 'h'] }],
      },
    ],
  },
);

export const housingOwnsVehicle = subsidyModel(
  'housing.owns_vehicle',
  { zh: '享受租赁补贴期间名下有车辆', en: 'Subsidy recipient owns a car' },
  { zh: '补贴月份与领取人名下机动车（未注销，不含摩托车）的登记期间重叠。', en: 'A subsidy month overlaps a car registered to the recipient (not cancelled; motorcycles excluded).' },
  {
    severity: 'medium',
    alternatives: [
      {
        atoms: [SUBSIDY, { as: 'v', dataset: 'vehicle.registration', subjects: { owner: 'p' }, where: [{ field: 'v.vehicle_type', notContains: '摩托' }] }],
        time: [{ overlap: ['s', 'v'] }],
      },
    ],
  },
);

export const housingPublicOfficial = subsidyModel(
  'housing.public_official',
  { zh: '公职人员违规领取租赁补贴', en: 'Public official receives the subsidy' },
  { zh: '补贴月份与领取人在公职人员名册中的任职期间重叠。', en: "A subsidy month overlaps the recipient's tenure on the public-official roster." },
  {
    alternatives: [
      { atoms: [SUBSIDY, { as: 'o', dataset: 'hr.public_official', subjects: { official: 'p' } }], time: [{ overlap: ['s', 'o'] }] },
    ],
  },
);

export const housingRunsEnterprise = subsidyModel(
  'housing.runs_enterprise',
  { zh: '享受租赁补贴期间经营企业', en: 'Subsidy recipient runs a company' },
  {
    zh: '补贴月份内领取人是未注销企业的法定代表人或股东。',
    en: 'During a subsidy month the recipient is legal representative or shareholder of an enterprise not deregistered.',
  },
  {
    severity: 'medium',
    alternatives: [
      {
        label: { zh: '法定代表人', en: 'Legal representative' },
        atoms: [SUBSIDY, { as: 'e', dataset: 'market.enterprise', subjects: { legal_representative: 'p' } }],
        time: [{ overlap: ['s', 'e'] }],
      },
      {
        label: { zh: '股东', en: 'Shareholder' },
        atoms: [SUBSIDY, { as: 'sh', dataset: 'market.shareholder', subjects: { holder_person: 'p', enterprise: 'firm' } }],
        time: [{ overlap: ['s', 'sh'] }],
        absent: [
          {
            as: 'gone',
            dataset: 'market.enterprise',
            subjects: { enterprise: 'firm' },
            where: [{ left: { field: 'gone.deregistered_date' }, op: '<', right: { field: 's.valid_from' } }],
          },
        ],
      },
    ],
  },
);

export const housingDeceasedRecipient = subsidyModel(
  'housing.deceased_recipient',
  { zh: '向已死亡人员发放租赁补贴', en: 'Subsidy paid after death' },
  { zh: '补贴月份的首日晚于领取人的死亡日期。', en: "A subsidy paid for a month that starts after the recipient's death date." },
  { alternatives: [{ atoms: [SUBSIDY, { as: 'd', dataset: 'civil.death', subjects: { person: 'p' } }], time: [{ after: ['s', 'd'] }] }] },
);

export const housingDuplicateBenefit = subsidyModel(
  'housing.duplicate_benefit',
  { zh: '重复享受住房保障', en: 'Duplicate housing benefit' },
  {
    zh: '同一人同一月份有两笔补贴，或同一人（作为申请人或共同申请人）出现在两份有效申请中。',
    en: 'Two subsidy payments for the same person and month, or a person (applicant or co-applicant) on two active applications.',
  },
  {
    severity: 'medium',
    alternatives: [
      {
        label: { zh: '同月重复发放', en: 'Paid twice for a month' },
        atoms: [SUBSIDY, { ...SUBSIDY, as: 's2', distinctFrom: ['s'], where: [{ left: { field: 's2.month' }, op: '=', right: { field: 's.month' } }] }],
      },
      {
        label: { zh: '重复申请', en: 'Two active applications' },
        atoms: [
          {
            as: 'a1',
            dataset: 'housing.rental_application',
            subjectInAnyRole: { roles: ['applicant', 'co_applicant'], node: 'p' },
            where: [{ field: 'a1.status', in: ACTIVE_APPLICATION }],
          },
          {
            as: 'a2',
            dataset: 'housing.rental_application',
            subjectInAnyRole: { roles: ['applicant', 'co_applicant'], node: 'p' },
            where: [{ field: 'a2.status', in: ACTIVE_APPLICATION }, { left: { field: 'a2.application_no' }, op: '<>', right: { field: 'a1.application_no' } }],
          },
        ],
      },
    ],
  },
);

export const housingIncomeOverLimit: CollisionModelSpec = {
  code: 'housing.income_over_limit',
  version: 1,
  kind: 'collision',
  name: { zh: '家庭人均收入超标', en: 'Household income over the limit' },
  description: {
    zh: '租赁申请的家庭月收入除以家庭人口超过限额（默认 2,000 元/人·月）；已驳回或已退出的申请不计。',
    en: 'Household monthly income per member above the limit (default 2,000 yuan); rejected or exited applications are ignored.',
  },
  severity: 'medium',
  params: { income_limit_yuan: { type: 'number', default: 2000, min: 0, unit: '元/人·月', label: { zh: '人均月收入限额', en: 'Monthly income limit per member' } } },
  base: { dataset: 'housing.rental_application', as: 'a' },
  alternatives: [
    {
      atoms: [{ as: 'a', dataset: 'housing.rental_application', subjects: { applicant: 'p' }, where: [{ field: 'a.status', notIn: ['rejected', 'exited'] }] }],
      where: [
        {
          left: { div: [{ field: 'a.household_income_monthly' }, { field: 'a.household_size' }] },
          op: '>',
          right: { mul: [{ param: 'income_limit_yuan' }, { value: 100 }] },
        },
      ],
    },
  ],
  subject: { node: 'p' },
  route: { to: 'provider' },
};

export const HOUSING_MODELS = [
  housingOwnsProperty,
  housingOwnsVehicle,
  housingPublicOfficial,
  housingRunsEnterprise,
  housingDeceasedRecipient,
  housingDuplicateBenefit,
  housingIncomeOverLimit,
];
