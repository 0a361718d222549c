import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../datasets';
import { parseDatasetSpec } from './schema';
import { type DatasetSpec } from './types';

// What an admin would store for a new dataset: a payroll feed.
const payroll: DatasetSpec = {
  code: 'finance.payroll',
  version: 1,
  name: { zh: '工资发放信息', en: 'Payroll' },
  provider: '财政局',
  fields: [
    { name: 'id_number', label: { zh: '身份证号', en: 'ID number' }, type: 'id_number', required: true, synonyms: ['sfzh'] },
    { name: 'month', label: { zh: '月份', en: 'Month' }, type: 'month', required: true, synonyms: ['工资月份'] },
    { name: 'gross_pay', label: { zh: '应发工资', en: 'Gross pay' }, type: 'amount', required: true, synonyms: ['应发合计'] },
  ],
  subjects: [{ role: 'employee', subjectType: 'person', keyField: 'id_number' }],
  relations: [],
  validity: { kind: 'month', month: 'month' },
};

const withChange = (change: (spec: Record<string, unknown>) => void) => {
  const copy = structuredClone(payroll) as unknown as Record<string, unknown>;
  change(copy);
  return parseDatasetSpec(copy);
};

describe('parseDatasetSpec', () => {
  it('accepts a spec stored as JSON', () => {
    expect(parseDatasetSpec(JSON.parse(JSON.stringify(payroll)))).toEqual({ ok: true, spec: payroll });
    expect(parseDatasetSpec(builtInDataset('procurement.bid')).ok).toBe(true);
  });

  it('reports references to fields and roles that do not exist', () => {
    const result = withChange((spec) => {
      spec.subjects = [{ role: 'employee', subjectType: 'person', keyField: 'employee_id' }];
      spec.relations = [{ type: 'employment', from: 'employee', to: 'employer' }];
      spec.validity = { kind: 'month', month: 'pay_month' };
    });
    expect(result.ok === false && result.issues).toEqual([
      { path: 'subjects.0.keyField', message: 'unknown field employee_id' },
      { path: 'relations.0.to', message: 'unknown role employer' },
      { path: 'validity.month', message: 'unknown field pay_month' },
    ]);
  });

  it('checks matchBy on persons and named persons: a person_name, date and region_code field', () => {
    const ok = withChange((spec) => {
      (spec.fields as Record<string, unknown>[]).push(
        { name: 'name', label: { zh: '姓名', en: 'Name' }, type: 'person_name', required: false, synonyms: ['xm'] },
        { name: 'region_code', label: { zh: '区划', en: 'Region' }, type: 'region_code', required: false, synonyms: ['qh'] },
      );
      spec.subjects = [{ role: 'employee', subjectType: 'person', keyField: 'id_number', matchBy: { name: 'name', regionCode: 'region_code' } }];
      spec.namedPersons = [{ role: 'payee', matchBy: { name: 'name' } }];
    });
    expect(ok.ok).toBe(true);
    const bad = withChange((spec) => {
      spec.subjects = [{ role: 'payer', subjectType: 'organization', keyField: 'id_number', matchBy: { name: 'month' } }];
      spec.namedPersons = [{ role: 'payer', matchBy: { name: 'name', birthDate: 'month' } }];
    });
    expect(bad.ok === false && bad.issues).toEqual([
      { path: 'subjects.0.keyField', message: 'field id_number must be of type uscc or string or certificate_no' },
      { path: 'subjects.0.matchBy', message: 'matchBy applies only to person subjects' },
      { path: 'subjects.0.matchBy.name', message: 'field month must be of type person_name' },
      { path: 'namedPersons.0.role', message: 'duplicate role payer' },
      { path: 'namedPersons.0.matchBy.name', message: 'unknown field name' },
      { path: 'namedPersons.0.matchBy.birthDate', message: 'field month must be of type date' },
    ]);
  });

  it('rejects an enum without values, a required requireOneOf member and clashing synonyms', () => {
    const result = withChange((spec) => {
      const fields = spec.fields as Record<string, unknown>[];
      fields.push({ name: 'gender', label: { zh: '性别', en: 'Gender' }, type: 'enum', required: false, synonyms: [] });
      fields.push({ name: 'net_pay', label: { zh: '实发工资', en: 'Net pay' }, type: 'amount', required: false, synonyms: ['应发合计'] });
      spec.requireOneOf = [['gross_pay', 'net_pay']];
    });
    expect(result.ok === false && result.issues.map((i) => i.message)).toEqual([
      'an enum field needs enumValues',
      'gross_pay is in a requireOneOf group, so it must be optional',
      'header "应发合计" would map to gross_pay and net_pay',
    ]);
  });

  it('rejects a malformed shape', () => {
    const result = withChange((spec) => {
      spec.code = 'Payroll';
      spec.version = 1.5;
      (spec.fields as Record<string, unknown>[])[0]!.type = 'ssn';
    });
    expect(result.ok === false && result.issues.map((i) => i.path)).toEqual(['code', 'version', 'fields.0.type']);
  });
});
