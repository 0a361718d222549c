import { residentIdCheckCharacter } from '@zhijian/standard';
import { describe, expect, it } from 'vitest';
import { detectQuery } from './detect-query';

describe('detectQuery', () => {
  it('normalizes a 15-digit resident ID to its 18-digit key', () => {
    const first17 = '43070219800115001';
    expect(detectQuery('430702800115001').keys).toContainEqual({ type: 'person', key: first17 + residentIdCheckCharacter(first17), kind: 'resident_id' });
  });
  it('reads a messy 18-digit ID with spaces and a lower-case x', () => {
    const first17 = '43070219800115003';
    const check = residentIdCheckCharacter(first17);
    const messy = `4307 0219 8001 1500 3${check.toLowerCase()}`;
    expect(detectQuery(messy).keys[0]).toMatchObject({ type: 'person', key: first17 + check });
  });
  it('finds phones, initials, names and traditional forms', () => {
    expect(detectQuery('138-1234-5678').phone).toBe('13812345678');
    expect(detectQuery('ZSF').initials).toBe('zsf');
    expect(detectQuery('黃誌明').names).toEqual(['黃誌明', '黄志明']);
    expect(detectQuery('湘J·12345').keys).toContainEqual({ type: 'vehicle', key: '湘J12345', kind: 'plate' });
  });
});
