import { describe, expect, it } from 'vitest';
import { builtInDataset } from './datasets';
import { relationRefs, subjectRefs } from './refs';
import { type StandardRecord } from './spec/types';
import { sampleResidentId, sampleUscc } from './testing/sample-identifiers';
import { recordValidity } from './validity';

const ID = sampleResidentId(1);
const ID_2 = sampleResidentId(2);
const ID_3 = sampleResidentId(3);
const USCC = sampleUscc(1);
const USCC_2 = sampleUscc(2);

describe('recordValidity', () => {
  it('spans the month of a monthly record, leap years included', () => {
    const spec = builtInDataset('housing.rental_subsidy');
    expect(recordValidity(spec, { id_number: ID, name: null, month: '2024-02', amount: 100 })).toEqual({
      validFrom: '2024-02-01',
      validTo: '2024-02-29',
    });
    expect(recordValidity(spec, { month: '2023-02' }).validTo).toBe('2023-02-28');
    expect(recordValidity(spec, { month: '2023-12' }).validTo).toBe('2023-12-31');
    expect(recordValidity(spec, { month: null })).toEqual({ validFrom: null, validTo: null });
  });

  it('gives an event its Shanghai date at both ends', () => {
    const spec = builtInDataset('traffic.dui_case');
    expect(recordValidity(spec, { occurred_at: '2024-03-05T23:10:00+08:00' })).toEqual({
      validFrom: '2024-03-05',
      validTo: '2024-03-05',
    });
  });

  it('reads a period from its fields, open at an empty end', () => {
    const spec = builtInDataset('realestate.property');
    expect(recordValidity(spec, { register_date: '2021-05-06', cancel_date: null })).toEqual({
      validFrom: '2021-05-06',
      validTo: null,
    });
  });

  it('leaves a snapshot unbounded', () => {
    expect(recordValidity(builtInDataset('population.person'), { id_number: ID })).toEqual({ validFrom: null, validTo: null });
  });
});

describe('subjectRefs', () => {
  it('names the subjects whose keys are present', () => {
    const spec = builtInDataset('realestate.property');
    const values: StandardRecord = { certificate_no: 'C1', owner_id_number: ID, owner_uscc: null, owner_name: '张三', address: '武陵区朗州路1号' };
    expect(subjectRefs(spec, values)).toEqual([
      { role: 'property', subjectType: 'property', key: 'C1', name: '武陵区朗州路1号' },
      { role: 'owner_person', subjectType: 'person', key: ID, name: '张三' },
    ]);
  });

  it('gives one subject per element of a key list', () => {
    const spec = builtInDataset('housing.rental_application');
    const refs = subjectRefs(spec, { id_number: ID, name: '张三', co_applicant_id_numbers: [ID_2, ID_3] });
    expect(refs).toEqual([
      { role: 'applicant', subjectType: 'person', key: ID, name: '张三' },
      { role: 'co_applicant', subjectType: 'person', key: ID_2 },
      { role: 'co_applicant', subjectType: 'person', key: ID_3 },
    ]);
  });

  it('is empty for a dataset without subjects', () => {
    expect(subjectRefs(builtInDataset('hotline.ticket'), { ticket_no: 'T1' })).toEqual([]);
  });
});

describe('relationRefs', () => {
  it('carries the family relation kind and its own period', () => {
    const spec = builtInDataset('population.family');
    const values = { id_number: ID, related_id_number: ID_2, relation: 'spouse', valid_from: '2010-10-01', valid_to: null };
    expect(relationRefs(spec, values)).toEqual([
      {
        type: 'family',
        fromRole: 'person',
        toRole: 'relative',
        fromSubjectType: 'person',
        toSubjectType: 'person',
        fromKey: ID,
        toKey: ID_2,
        validFrom: '2010-10-01',
        validTo: null,
        attributes: { relation: 'spouse' },
      },
    ]);
  });

  it('asserts ownership by whichever owner the row names', () => {
    const spec = builtInDataset('realestate.property');
    const byOrganization = relationRefs(spec, { certificate_no: 'C2', owner_uscc: USCC, register_date: '2020-01-01', cancel_date: '2023-06-30' });
    expect(byOrganization.map((r) => [r.type, r.fromSubjectType, r.fromKey, r.toKey, r.validFrom, r.validTo])).toEqual([
      ['ownership', 'organization', USCC, 'C2', '2020-01-01', '2023-06-30'],
    ]);
  });

  it('asserts buyer → winner only for the winning bid', () => {
    const spec = builtInDataset('procurement.bid');
    const bid = (isWinner: boolean): StandardRecord => ({
      project_code: 'ZB-1', buyer_uscc: USCC, bidder_uscc: USCC_2, bid_price: 12_500_000, is_winner: isWinner, bid_date: '2024-05-06',
    });
    expect(relationRefs(spec, bid(false)).map((r) => r.type)).toEqual(['bidder']);
    const won = relationRefs(spec, bid(true));
    expect(won.map((r) => [r.type, r.fromKey, r.toKey])).toEqual([
      ['bidder', USCC_2, USCC],
      ['buyer', USCC, USCC_2],
    ]);
    expect(won[0]).toMatchObject({
      validFrom: '2024-05-06',
      validTo: '2024-05-06',
      attributes: { project_code: 'ZB-1', bid_price: 12_500_000, is_winner: true },
    });
  });

  it('links the applicant to each co-applicant but never to themself', () => {
    const spec = builtInDataset('housing.rental_application');
    const refs = relationRefs(spec, { id_number: ID, co_applicant_id_numbers: [ID, ID_2], apply_date: '2024-01-02' });
    expect(refs.map((r) => [r.type, r.fromKey, r.toKey, r.validFrom])).toEqual([['co_applicant', ID, ID_2, '2024-01-02']]);
  });

  it('asserts nothing when a key is missing', () => {
    expect(relationRefs(builtInDataset('vehicle.registration'), { plate: '湘J12345', owner_id_number: null })).toEqual([]);
  });
});
