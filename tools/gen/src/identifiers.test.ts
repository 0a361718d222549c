import { normalizePhone, normalizePlate, normalizeResidentId, normalizeUscc } from '@zhijian/standard';
import { describe, expect, it } from 'vitest';
import { dayOf } from './dates';
import { certificateNumber, mobile, plate, ResidentIdIssuer, uscc } from './identifiers';

describe('identifiers', () => {
  it('issues valid, distinct resident IDs with the sex in the sequence parity', () => {
    const issuer = new ResidentIdIssuer();
    const ids = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const male = i % 2 === 0;
      const id = issuer.issue(i % 3 === 0 ? '430781' : '430702', dayOf('1950-01-01') + (i % 40) * 700, male);
      const parsed = normalizeResidentId(id);
      expect(parsed.ok && parsed.value, id).toBe(id);
      expect(parsed.ok && parsed.sex).toBe(male ? 'male' : 'female');
      ids.add(id);
    }
    expect(ids.size).toBe(2_000);
  });

  it('makes valid, distinct USCCs, plates and mobiles', () => {
    const codes = new Set<string>();
    const plates = new Set<string>();
    const phones = new Set<string>();
    for (let i = 0; i < 3_000; i++) {
      const code = uscc(i % 2 ? '91' : '11', '430703', i);
      expect(normalizeUscc(code).ok, code).toBe(true);
      codes.add(code);
      const number = plate(i);
      expect(normalizePlate(number).ok, number).toBe(true);
      plates.add(number);
      const phone = mobile(i);
      const parsed = normalizePhone(phone);
      expect(parsed.ok && parsed.value, phone).toBe(phone);
      phones.add(phone);
    }
    expect([codes.size, plates.size, phones.size]).toEqual([3_000, 3_000, 3_000]);
    expect(certificateNumber(2024, '武陵区', 12)).toBe('湘(2024)武陵区不动产权第0000012号');
  });
});
