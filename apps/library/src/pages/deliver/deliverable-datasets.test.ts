import { describe, expect, it } from 'vitest';
import { type DatasetSpec, type Responsibility } from '../../api/types';
import { deliverableDatasets, responsibleDepartments } from './deliverable-datasets';

const dataset = (code: string) => ({ code, name: { zh: code, en: code } }) as DatasetSpec;
const responsibility = (departmentCode: string, datasetCode: string) => ({ departmentCode, departmentName: `${departmentCode}部门`, datasetCode }) as Responsibility;

const datasets = [dataset('housing.rental_subsidy'), dataset('civil.death'), dataset('market.enterprise')];
const list = [responsibility('housing', 'housing.rental_subsidy'), responsibility('civil', 'civil.death'), responsibility('jw', 'civil.death')];

describe('deliverable datasets', () => {
  it('lets a steward deliver only what their department is responsible for', () => {
    expect(deliverableDatasets(datasets, list, { admin: false, departmentCode: 'housing' }).map((d) => d.code)).toEqual(['housing.rental_subsidy']);
    expect(deliverableDatasets(datasets, list, { admin: false, departmentCode: 'police' })).toEqual([]);
  });

  it('lets an admin pick any dataset', () => {
    expect(deliverableDatasets(datasets, list, { admin: true, departmentCode: 'jw' })).toHaveLength(3);
  });

  it('offers the responsible departments, the admin’s own first', () => {
    expect(responsibleDepartments(list, 'civil.death', 'jw').map((d) => d.code)).toEqual(['jw', 'civil']);
    expect(responsibleDepartments(list, 'market.enterprise', 'jw')).toEqual([]);
  });
});
