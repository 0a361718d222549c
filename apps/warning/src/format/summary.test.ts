import { describe, expect, it } from 'vitest';
import { totalsByModel } from './summary';

describe('totalsByModel', () => {
  it('counts new, pushed and confirmed warnings as open, and sums only their amounts', () => {
    const totals = totalsByModel([
      { model: 'housing.owns_property', severity: 'high', status: 'new', count: 3, amount: 180000 },
      { model: 'housing.owns_property', severity: 'high', status: 'confirmed', count: 1, amount: 60000 },
      { model: 'housing.owns_property', severity: 'high', status: 'closed', count: 2, amount: 99999 },
      { model: 'civil.deceased_allowance', severity: 'high', status: 'dismissed', count: 1, amount: 50000 },
      { model: 'hotline.repeat', severity: 'low', status: 'pushed', count: 5, amount: 0 },
    ]);
    expect(totals).toEqual([
      { model: 'hotline.repeat', open: 5, openAmount: 0, total: 5 },
      { model: 'housing.owns_property', open: 4, openAmount: 240000, total: 6 },
      { model: 'civil.deceased_allowance', open: 0, openAmount: 0, total: 1 },
    ]);
  });
});
