import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it('normalizes mobile numbers with or without +86 / 0086', () => {
    for (const input of ['13812345678', '+86 138 1234 5678', '0086-138-1234-5678', '8613812345678', '１３８１２３４５６７８']) {
      expect(normalizePhone(input)).toMatchObject({ ok: true, value: '13812345678', type: 'mobile', areaCode: null });
    }
  });

  it('normalizes landlines with their area code', () => {
    expect(normalizePhone('0736-7252345')).toMatchObject({
      ok: true,
      value: '0736-7252345',
      type: 'landline',
      areaCode: '0736',
      localNumber: '7252345',
    });
    expect(normalizePhone('(010) 6512 3456')).toMatchObject({ value: '010-65123456', areaCode: '010' });
    expect(normalizePhone('02087654321')).toMatchObject({ value: '020-87654321', areaCode: '020' });
    expect(normalizePhone('+86 736 7252345')).toMatchObject({ value: '0736-7252345' });
    expect(normalizePhone('0736-7252345转8001')).toMatchObject({ value: '0736-7252345', extension: '8001' });
  });

  it('recognizes 400 and 800 service numbers', () => {
    expect(normalizePhone('400-123-4567')).toMatchObject({ ok: true, value: '4001234567', type: 'service' });
  });

  it('reports what is wrong', () => {
    expect(normalizePhone('12812345678')).toMatchObject({ code: 'phone.mobile' });
    expect(normalizePhone('1381234567')).toMatchObject({ code: 'phone.mobile' });
    expect(normalizePhone('7252345')).toMatchObject({ code: 'phone.area_code' });
    expect(normalizePhone('0136-7252345')).toMatchObject({ code: 'phone.area_code' });
    expect(normalizePhone('0736-0252345')).toMatchObject({ code: 'phone.format' });
    expect(normalizePhone('tel: abc')).toMatchObject({ code: 'phone.format' });
    expect(normalizePhone('')).toMatchObject({ code: 'input.empty' });
  });
});
