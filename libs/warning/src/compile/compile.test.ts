import { BUILT_IN_DATASETS } from '@zhijian/catalog';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MODELS } from '../models';
import { housingOwnsProperty } from '../models/housing';
import { procurementRelativeWinsBid } from '../models/procurement';
import { parseModelSpec } from '../spec/schema';
import type { CollisionModelSpec, ModelSpec } from '../spec/types';
import { compileModel, datasetsRead } from '.';

const datasets = new Map(BUILT_IN_DATASETS.map((d) => [d.code, d]));
const compile = (spec: ModelSpec, params: Record<string, number> = {}) => compileModel(spec, { datasets, params, asOf: '2026-11-30' });
const squash = (sql: string) => sql.replace(/\s+/g, ' ');

describe('compileModel', () => {
  it('compiles every built-in model, each to one statement, and every built-in passes the JSON schema', () => {
    expect(BUILT_IN_MODELS.map((m) => m.code)).toEqual([
      'housing.owns_property',
      'housing.owns_vehicle',
      'housing.public_official',
      'housing.runs_enterprise',
      'housing.deceased_recipient',
      'housing.duplicate_benefit',
      'housing.income_over_limit',
      'civil.deceased_allowance',
      'traffic.official_dui',
      'business.official_runs_enterprise',
      'procurement.relative_wins_bid',
      'procurement.dominant_bidder',
      'hotline.repeat_complaint',
      'hotline.overdue',
    ]);
    for (const spec of BUILT_IN_MODELS) {
      const { text } = compile(spec);
      expect(text).not.toContain(';');
      expect(parseModelSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
    }
  });

  it('joins the subsidy to residential registrations of the same person over overlapping periods', () => {
    const { text, values } = compile(housingOwnsProperty);
    const sql = squash(text);
    // The recipient is the subsidy row's main subject; the owner is a linked subject of the property row.
    expect(sql).toContain("from records s join batches s_batch on s_batch.id = s.batch_id and s_batch.status = 'published' join records h on h.dataset_code = $");
    expect(sql).toContain(`join record_subjects h_owner_person on h_owner_person.record_id = h.id and h_owner_person.role = 'owner_person'`);
    expect(sql).toContain('h_owner_person.subject_id = s.subject_id');
    expect(sql).toContain('(s.valid_from is null or h.valid_to is null or s.valid_from <= h.valid_to)');
    expect(sql).toContain(`(h.attrs->>'usage') = any($`);
    expect(sql).toContain(`((s.attrs->>'amount')::bigint)::bigint as amount`);
    expect(values).toEqual(expect.arrayContaining(['housing.rental_subsidy', 'realestate.property', '2026-11-30', ['residential']]));
  });

  it('walks relations either way from a bound node', () => {
    const sql = squash(compile(procurementRelativeWinsBid).text);
    expect(sql).toContain('join lateral ( select r.id, r.record_id, r.batch_id, r.valid_from, r.valid_to, r.to_subject_id as other from relations r where r.from_subject_id = ctl.from_subject_id');
    expect(sql).toContain('o.subject_id = fam.other');
  });

  it('binds parameters and literal values as placeholders, never as SQL text', () => {
    const hostile: CollisionModelSpec = {
      ...housingOwnsProperty,
      alternatives: [
        {
          atoms: [
            { as: 's', dataset: 'housing.rental_subsidy', subjects: { recipient: 'p' } },
            { as: 'h', dataset: 'realestate.property', subjects: { owner_person: 'p' }, where: [{ field: 'h.usage', in: ["住宅'); drop table records; --"] }] },
          ],
        },
      ],
    };
    const { text, values } = compile(hostile);
    expect(text).not.toContain('drop table');
    expect(values).toContainEqual(["住宅'); drop table records; --"]);
  });

  it('uses the admin parameter over the default', () => {
    const dui = BUILT_IN_MODELS.find((m) => m.code === 'traffic.official_dui') as ModelSpec;
    expect(compile(dui).values).toContain(20);
    expect(compile(dui, { min_bac: 80 }).values).toContain(80);
  });

  it('names the problem in a spec that does not fit the catalogue', () => {
    const broken = (atoms: CollisionModelSpec['alternatives'][number]['atoms']) => ({ ...housingOwnsProperty, alternatives: [{ atoms }] });
    expect(() => compile(broken([{ as: 's', dataset: 'housing.rental_subsidy', where: [{ field: 's.nope', isNull: true }] }]))).toThrow(
      /no field "nope"/,
    );
    expect(() => compile(broken([{ as: 's', dataset: 'housing.rental_subsidy', subjects: { owner: 'p' } }]))).toThrow(/no subject role "owner"/);
    expect(() => compile(broken([{ as: 'x', dataset: 'no.such' }]))).toThrow(/unknown dataset "no.such"/);
    expect(() => compile(broken([{ as: 's', dataset: 'civil.death' }]))).toThrow(/must read the base dataset housing.rental_subsidy/);
    expect(() => compile({ ...housingOwnsProperty, subject: { node: 'q' } })).toThrow(/subject node "q" is not bound/);
    expect(() => parseModelSpec({ ...housingOwnsProperty, severity: 'urgent' })).toThrow(/severity/);
  });

  it('lists the datasets a model reads, including those asserting its relations', () => {
    expect(datasetsRead(housingOwnsProperty)).toEqual(['housing.rental_subsidy', 'realestate.property']);
    expect(datasetsRead(procurementRelativeWinsBid)).toEqual(['hr.public_official', 'market.enterprise', 'market.shareholder', 'population.family', 'procurement.bid']);
  });
});
