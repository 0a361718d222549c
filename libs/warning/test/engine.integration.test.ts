import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestModel, listWarnings, registerBuiltInModels, runEnabledModels, runModel, setModelEnabled, setModelParams } from '../src';
import { deliver, prepareLibrary, residentId, uscc } from './fixtures';

let database: TestDatabase;

/** Person n of the scenario, by canonical resident ID. */
const p = (n: number) => residentId(n);
const U1 = uscc(1); // an official's unit
const U2 = uscc(2); // a buyer
const U3 = uscc(3); // a buyer with a "标王"
const E1 = uscc(11); // the official's spouse's company
const E2 = uscc(12); // dominant bidder
const E3 = uscc(13);

const months = (person: string, name: string, list: string[], amount = 600) => list.map((month) => ({ id_number: person, name, month, amount }));
const AS_OF = '2025-12-31';

beforeAll(async () => {
  database = await createTestDatabase();
  await prepareLibrary(database);
  await registerBuiltInModels(database.db);

  await deliver(database, 'housing.rental_subsidy', [
    ...months(p(1), '甲一', ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']),
    ...months(p(2), '乙二', ['2025-01', '2025-02', '2025-03']),
    ...months(p(3), '丙三', ['2025-04', '2025-05', '2025-06']),
    ...months(p(4), '丁四', ['2025-01', '2025-02']),
    ...months(p(7), '庚七', ['2025-02', '2025-02', '2025-03']),
    ...months(p(8), '辛八', ['2025-02', '2025-03']),
  ]);
  await deliver(database, 'realestate.property', [
    { certificate_no: '湘(2025)常德市不动产权第0000001号', owner_id_number: p(1), owner_name: '甲一', usage: '住宅', register_date: '2025-03-15' },
    { certificate_no: '湘(2025)常德市不动产权第0000002号', owner_id_number: p(2), owner_name: '乙二', usage: '住宅', register_date: '2025-05-01' },
    { certificate_no: '湘(2024)常德市不动产权第0000003号', owner_id_number: p(3), owner_name: '丙三', usage: '住宅', register_date: '2024-01-01', cancel_date: '2025-03-20' },
    { certificate_no: '湘(2024)常德市不动产权第0000004号', owner_id_number: p(4), owner_name: '丁四', usage: '商业', register_date: '2024-06-01' },
  ]);
  await deliver(database, 'hr.public_official', [
    { id_number: p(5), name: '戊五', employer_name: '某局', employer_uscc: U1, position: '科员', start_date: '2020-01-01', end_date: '2024-12-31' },
    { id_number: p(6), name: '己六', employer_name: '某局', employer_uscc: U1, position: '科长', start_date: '2022-01-01' },
    { id_number: p(9), name: '壬九', employer_name: '采购单位', employer_uscc: U2, position: '处长', start_date: '2020-01-01' },
  ]);
  await deliver(database, 'traffic.dui_case', [
    { case_no: 'DUI-1', id_number: p(5), name: '戊五', occurred_at: '2025-02-01 22:10', bac_mg_100ml: 85 },
    { case_no: 'DUI-2', id_number: p(6), name: '己六', occurred_at: '2025-03-01 23:00', bac_mg_100ml: 90 },
    { case_no: 'DUI-3', id_number: p(6), name: '己六', occurred_at: '2025-04-01 21:00', bac_mg_100ml: 15 },
  ]);
  await deliver(database, 'civil.death', [{ id_number: p(8), name: '辛八', death_date: '2025-02-10' }]);
  await deliver(database, 'population.family', [{ id_number: p(9), related_id_number: p(10), relation: '配偶', valid_from: '2010-05-01' }]);
  await deliver(database, 'market.enterprise', [
    { uscc: E1, name: '某某建设有限公司', legal_rep_name: '癸十', legal_rep_id_number: p(10), established_date: '2018-01-01' },
  ]);
  const bid = (project: string, buyer: string, bidder: string, winner: boolean, date: string) => ({
    project_code: project,
    project_name: `项目${project}`,
    buyer_uscc: buyer,
    buyer_name: '采购单位',
    bidder_uscc: bidder,
    bidder_name: '投标企业',
    bid_price: 100000,
    is_winner: winner ? '中标' : '未中标',
    bid_date: date,
  });
  await deliver(database, 'procurement.bid', [
    bid('X1', U2, E1, true, '2025-05-01'),
    bid('X1', U2, E3, false, '2025-05-01'),
    ...['Y1', 'Y2', 'Y3', 'Y4'].map((p, i) => bid(p, U3, E2, true, `2025-0${i + 2}-01`)),
    ...['Y5', 'Y6'].map((p, i) => bid(p, U3, E3, true, `2025-0${i + 7}-01`)),
    ...['Z1', 'Z2'].map((p) => bid(p, U3, E3, true, '2024-03-01')),
  ]);
  const ticket = (no: string, phone: string, at: string, extra: Record<string, string | number> = {}) => ({
    ticket_no: no,
    received_at: at,
    caller_phone: phone,
    caller_name: '市民',
    category: '物业管理',
    region_code: '430702',
    address: `武陵区${no}号`,
    content: '反映问题',
    assigned_department: '市住建局',
    due_at: '2025-12-31 18:00',
    closed_at: '2025-06-30 10:00',
    status: '已办结',
    returned_count: 0,
    ...extra,
  });
  await deliver(database, 'hotline.ticket', [
    ticket('T1', '13800000001', '2025-06-01 09:00'),
    ticket('T2', '13800000001', '2025-06-05 09:00'),
    ticket('T3', '13800000001', '2025-06-10 09:00'),
    ticket('T4', '13800000002', '2025-03-01 09:00'),
    ticket('T5', '13800000002', '2025-04-01 09:00'),
    ticket('T6', '13800000002', '2025-05-01 09:00'),
    ticket('T7', '13800000003', '2025-07-01 09:00', { address: '武陵区安平市场', category: '市场监管' }),
    ticket('T8', '13800000004', '2025-07-08 09:00', { address: '武陵区安平市场', category: '市场监管' }),
    ticket('T9', '13800000005', '2025-07-20 09:00', { address: '武陵区安平市场', category: '市场监管', due_at: '2025-07-25 18:00', closed_at: '2025-07-29 10:00' }),
    ticket('T10', '13800000006', '2025-08-01 09:00', { returned_count: 2 }),
  ]);
});
afterAll(() => database.drop());

async function keysOf(model: string): Promise<string[]> {
  const { items } = await listWarnings(database, { model, withEvidence: false });
  return items.map((w) => w.subject.key).sort();
}

describe('warning engine on delivered data', () => {
  it('raises every planted case and no near-miss', async () => {
    const runs = await runEnabledModels(database, { trigger: 'manual', asOf: AS_OF });
    expect(runs.filter((r) => r.status !== 'succeeded')).toEqual([]);
    expect(runs).toHaveLength(14);

    expect(await keysOf('housing.owns_property')).toEqual([p(1)]);
    expect(await keysOf('traffic.official_dui')).toEqual([p(6)]);
    expect(await keysOf('housing.duplicate_benefit')).toEqual([p(7)]);
    expect(await keysOf('housing.deceased_recipient')).toEqual([p(8)]);
    expect(await keysOf('procurement.relative_wins_bid')).toEqual([p(9)]);
    expect(await keysOf('procurement.dominant_bidder')).toEqual([E2]);
    expect(await keysOf('hotline.repeat_complaint')).toEqual(['13800000001', '武陵区安平市场|市场监管']);
    expect(await keysOf('hotline.overdue')).toEqual(['T10', 'T9']);
    for (const quiet of ['housing.owns_vehicle', 'housing.public_official', 'housing.runs_enterprise', 'housing.income_over_limit']) {
      expect(await keysOf(quiet)).toEqual([]);
    }
  });

  it('keeps the amount involved and the evidence with its lineage', async () => {
    const { items } = await listWarnings(database, { model: 'housing.owns_property' });
    const [warning] = items;
    expect(warning?.amount).toBe(4 * 60000); // March–June, 600 yuan each, in fen
    expect(warning?.subject).toEqual({ type: 'person', key: p(1), name: '甲一' });
    expect(warning?.department?.code).toBe('housing');
    const datasets = warning?.evidence.map((e) => e.dataset).sort();
    expect(datasets).toEqual(['housing.rental_subsidy', 'housing.rental_subsidy', 'housing.rental_subsidy', 'housing.rental_subsidy', 'realestate.property']);
    for (const item of warning?.evidence ?? []) {
      expect(item.fileName).toMatch(/\.csv$/);
      expect(item.row).toBeGreaterThan(0);
      expect(item.batchId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const dui = (await listWarnings(database, { model: 'traffic.official_dui' })).items[0];
    expect(dui?.routedOrganization?.key).toBe(U1);
    expect(dui?.department?.code).toBe('jw');
  });

  it('updates an open warning on a later run instead of raising another', async () => {
    const again = await runModel(database, 'housing.owns_property', { trigger: 'manual', asOf: AS_OF });
    expect(again).toMatchObject({ status: 'succeeded', hits: 1, newWarnings: 0, updatedWarnings: 1 });

    await deliver(database, 'housing.rental_subsidy', months(p(1), '甲一', ['2025-07']));
    const [run] = await runEnabledModels(database, { trigger: 'batch', asOf: AS_OF, datasetCode: 'realestate.property' }).then((runs) =>
      runs.filter((r) => r.model === 'housing.owns_property'),
    );
    expect(run).toMatchObject({ newWarnings: 0, updatedWarnings: 1 });
    const { items } = await listWarnings(database, { model: 'housing.owns_property' });
    expect(items).toHaveLength(1);
    expect(items[0]?.amount).toBe(5 * 60000);
    expect(items[0]?.evidence).toHaveLength(6);
  });

  it('does not raise a dismissed warning again on the same evidence, but does on new evidence', async () => {
    await database.pool.query(`update warnings set status = 'dismissed' where model_code = 'traffic.official_dui'`);
    const rerun = await runModel(database, 'traffic.official_dui', { trigger: 'manual', asOf: AS_OF });
    expect(rerun).toMatchObject({ hits: 1, newWarnings: 0 });
    expect((await listWarnings(database, { model: 'traffic.official_dui' })).items.map((w) => w.status)).toEqual(['dismissed']);

    await deliver(database, 'traffic.dui_case', [{ case_no: 'DUI-4', id_number: p(6), name: '己六', occurred_at: '2025-09-09 23:30', bac_mg_100ml: 120 }]);
    const next = await runModel(database, 'traffic.official_dui', { trigger: 'manual', asOf: AS_OF });
    expect(next.newWarnings).toBe(1);
  });

  it('backtests as of a past date and with other parameters without raising warnings', async () => {
    const before = (await listWarnings(database, { withEvidence: false })).total;
    const april = await backtestModel(database, { code: 'housing.owns_property', asOf: '2025-04-30' });
    expect(april.hits).toBe(1);
    expect(april.amount).toBe(2 * 60000); // March and April only
    const dui = await backtestModel(database, { code: 'traffic.official_dui', asOf: AS_OF, params: { min_bac: 10 } });
    expect(dui.hits).toBe(3); // DUI-2 (dismissed), DUI-3 (15 mg, now over 10) and DUI-4 (open)
    expect(dui.previouslyDismissed).toBe(1);
    expect(dui.unjudged).toBe(2);
    expect(dui.precision).toBe(0);
    expect((await listWarnings(database, { withEvidence: false })).total).toBe(before);
    const { rows } = await database.pool.query(`select count(*)::int as n from model_runs where trigger = 'backtest'`);
    expect(rows[0]?.n).toBe(2);
  });

  it('applies parameters and refuses to run a disabled model', async () => {
    await setModelParams(database.db, 'hotline.repeat_complaint', { window_days: 90 }, null);
    await runModel(database, 'hotline.repeat_complaint', { trigger: 'manual', asOf: AS_OF });
    expect(await keysOf('hotline.repeat_complaint')).toContain('13800000002');
    await expect(setModelParams(database.db, 'hotline.repeat_complaint', { window_days: 0.5 }, null)).rejects.toThrow(/integer/);
    await setModelEnabled(database.db, 'hotline.overdue', false, null);
    await expect(runModel(database, 'hotline.overdue', { trigger: 'manual' })).rejects.toThrow(/disabled/);
  });
});
