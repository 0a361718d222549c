import { describe, expect, it } from 'vitest';
import { pythonStdnumUsccCorners, pythonStdnumValidUsccs } from '../test/fixtures/published-vectors';
import { normalizeUscc } from './uscc';

describe('normalizeUscc — published vectors', () => {
  it.each(pythonStdnumUsccCorners)('$input', (vector) => {
    const result = normalizeUscc(vector.input);
    expect(result.ok).toBe(vector.ok);
    if (result.ok && vector.value) expect(result.value).toBe(vector.value);
    if (!result.ok && vector.code) expect(result.code).toBe(vector.code);
  });

  it('accepts every number python-stdnum found online, embedded organization codes included', () => {
    expect(pythonStdnumValidUsccs).toHaveLength(383);
    expect(pythonStdnumValidUsccs.filter((code) => !normalizeUscc(code).ok)).toEqual([]);
  });
});

describe('normalizeUscc', () => {
  it('derives the parts of the code', () => {
    expect(normalizeUscc('91110000600037341L')).toEqual({
      ok: true,
      value: '91110000600037341L',
      authority: '9',
      entityType: '1',
      regionCode: '110000',
      regionName: '北京市',
      organizationCode: '60003734-1',
    });
  });

  it('accepts spaces, full-width characters and lower case', () => {
    expect(normalizeUscc(' ９１１１００００６０００３７３４１ｌ ')).toMatchObject({ ok: true, value: '91110000600037341L' });
    expect(normalizeUscc('91310115ma1k3btp2b')).toMatchObject({ ok: true, value: '91310115MA1K3BTP2B' });
  });

  it('accepts the national registration region 100000', () => {
    expect(normalizeUscc('11100000000013338W')).toMatchObject({ ok: true, regionCode: '100000', regionName: null });
  });
});
