import { describe, expect, it } from 'vitest';
import { normalizePlate } from './plate';

describe('normalizePlate', () => {
  it('normalizes ordinary plates written with separators or in full width', () => {
    for (const input of ['湘J12345', '湘J·12345', '湘 j-12345', '湘Ｊ１２３４５']) {
      expect(normalizePlate(input)).toEqual({
        ok: true,
        value: '湘J12345',
        province: '湘',
        provinceName: '湖南',
        authority: 'J',
        type: 'ordinary',
      });
    }
    expect(normalizePlate('京AB123C')).toMatchObject({ ok: true, type: 'ordinary' });
  });

  it('recognizes 8-character new-energy plates, small and large', () => {
    expect(normalizePlate('粤BD12345')).toMatchObject({ ok: true, type: 'new-energy' });
    expect(normalizePlate('京AFA1234')).toMatchObject({ ok: true, type: 'new-energy' });
    expect(normalizePlate('沪A12345D')).toMatchObject({ ok: true, type: 'new-energy' });
    expect(normalizePlate('粤BZ12345')).toMatchObject({ code: 'plate.format' });
  });

  it('recognizes the special suffixes', () => {
    expect(normalizePlate('湘J1234挂')).toMatchObject({ ok: true, type: 'trailer' });
    expect(normalizePlate('湘J1234学')).toMatchObject({ ok: true, type: 'coach' });
    expect(normalizePlate('湘J0001警')).toMatchObject({ ok: true, type: 'police' });
    expect(normalizePlate('粤Z1234港')).toMatchObject({ ok: true, type: 'hong-kong' });
    expect(normalizePlate('粤Z1234澳')).toMatchObject({ ok: true, type: 'macao' });
    expect(normalizePlate('湘J1234港')).toMatchObject({ code: 'plate.format' });
  });

  it('rejects unknown provinces, I/O authority letters and wrong lengths', () => {
    expect(normalizePlate('台A12345')).toMatchObject({ code: 'plate.province' });
    expect(normalizePlate('湘O12345')).toMatchObject({ code: 'plate.authority' });
    expect(normalizePlate('湘112345')).toMatchObject({ code: 'plate.authority' });
    expect(normalizePlate('湘J123456789')).toMatchObject({ code: 'plate.format' });
    expect(normalizePlate('湘J1234I')).toMatchObject({ code: 'plate.format' });
  });
});
