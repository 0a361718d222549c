import { describe, expect, it } from 'vitest';
import { normalizeCertificateNumber } from './certificate';

describe('normalizeCertificateNumber', () => {
  it('trims and folds width', () => {
    expect(normalizeCertificateNumber('  湘（2021）常德市不动产权第００１２３４５号 ')).toEqual({
      ok: true,
      value: '湘(2021)常德市不动产权第0012345号',
    });
    expect(normalizeCertificateNumber('JY 1430  7020 0123')).toMatchObject({ value: 'JY 1430 7020 0123' });
  });

  it('rejects empty input and pasted junk', () => {
    expect(normalizeCertificateNumber('\u3000')).toMatchObject({ code: 'input.empty' });
    expect(normalizeCertificateNumber('abc\u0007')).toMatchObject({ code: 'certificate.charset' });
  });
});
