import { describe, expect, it } from 'vitest';
import { datasetSpecSchema } from '../spec/schema';
import { BUILT_IN_DATASETS, builtInDataset, datasetCodes } from '.';

// The public contract: codes and field names that batches and collision models store.
const CONTRACT: Record<string, string[]> = {
  'population.person': ['id_number', 'name', 'gender', 'birth_date', 'address', 'region_code'],
  'population.family': ['id_number', 'related_id_number', 'relation', 'valid_from', 'valid_to'],
  'civil.death': ['id_number', 'name', 'death_date'],
  'hr.public_official': ['id_number', 'name', 'employer_name', 'employer_uscc', 'position', 'rank', 'start_date', 'end_date'],
  'realestate.property': [
    'certificate_no', 'owner_id_number', 'owner_uscc', 'owner_name', 'address', 'usage', 'area_m2', 'register_date', 'cancel_date',
  ],
  'vehicle.registration': ['plate', 'owner_id_number', 'owner_name', 'vehicle_type', 'register_date', 'cancel_date'],
  'market.enterprise': [
    'uscc', 'name', 'legal_rep_name', 'legal_rep_id_number', 'established_date', 'deregistered_date', 'region_code',
  ],
  'market.shareholder': ['uscc', 'holder_id_number', 'holder_uscc', 'holder_name', 'share_ratio', 'valid_from', 'valid_to'],
  'housing.rental_application': [
    'application_no', 'id_number', 'name', 'household_size', 'household_income_monthly', 'co_applicant_id_numbers',
    'apply_date', 'status',
  ],
  'housing.rental_subsidy': ['id_number', 'name', 'month', 'amount'],
  'civil.subsistence_allowance': ['id_number', 'name', 'month', 'amount'],
  'traffic.dui_case': ['case_no', 'id_number', 'name', 'plate', 'occurred_at', 'bac_mg_100ml'],
  'procurement.bid': [
    'project_code', 'project_name', 'buyer_uscc', 'buyer_name', 'bidder_uscc', 'bidder_name', 'bid_price', 'is_winner',
    'bid_date', 'bidder_ip',
  ],
  'hotline.ticket': [
    'ticket_no', 'received_at', 'caller_phone', 'caller_name', 'category', 'subcategory', 'region_code', 'address', 'content',
    'assigned_department', 'due_at', 'closed_at', 'status', 'reply', 'satisfaction', 'returned_count',
  ],
};

describe('built-in datasets', () => {
  it('are exactly the contracted codes and fields', () => {
    expect([...datasetCodes].sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const spec of BUILT_IN_DATASETS) {
      expect(spec.fields.map((f) => f.name), spec.code).toEqual(CONTRACT[spec.code]);
    }
  });

  it.each(BUILT_IN_DATASETS.map((spec) => [spec.code, spec] as const))('%s passes datasetSpecSchema', (_code, spec) => {
    const parsed = datasetSpecSchema.safeParse(JSON.parse(JSON.stringify(spec)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('require every subject key except those in a requireOneOf group', () => {
    for (const spec of BUILT_IN_DATASETS) {
      const oneOf = new Set((spec.requireOneOf ?? []).flat());
      const optionalKeys = new Set(['plate', 'co_applicant_id_numbers']); // a DUI case may lack a plate
      for (const subject of spec.subjects) {
        const field = spec.fields.find((f) => f.name === subject.keyField)!;
        if (oneOf.has(field.name)) expect(field.required, `${spec.code}.${field.name}`).toBe(false);
        else if (!optionalKeys.has(field.name)) expect(field.required, `${spec.code}.${field.name}`).toBe(true);
      }
    }
  });

  it('type money as amount and measures as decimal', () => {
    const typeOf = (code: string, field: string) => builtInDataset(code)?.fields.find((f) => f.name === field)?.type;
    expect(typeOf('housing.rental_subsidy', 'amount')).toBe('amount');
    expect(typeOf('housing.rental_application', 'household_income_monthly')).toBe('amount');
    expect(typeOf('procurement.bid', 'bid_price')).toBe('amount');
    expect(typeOf('realestate.property', 'area_m2')).toBe('decimal');
    expect(typeOf('market.shareholder', 'share_ratio')).toBe('decimal');
    expect(typeOf('traffic.dui_case', 'bac_mg_100ml')).toBe('decimal');
  });

  it('are looked up by code', () => {
    expect(builtInDataset('civil.death').name.zh).toBe('死亡人员信息');
    expect(builtInDataset('no.such')).toBeUndefined();
  });
});
