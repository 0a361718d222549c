import { describe, expect, it } from 'vitest';
import { normalizeOrganizationCode, organizationCodeCheckCharacter } from './org-code';

describe('normalizeOrganizationCode', () => {
  it('accepts the code with or without the hyphen', () => {
    for (const input of ['60003734-1', '600037341', ' ６０００３７３４－１ ']) {
      expect(normalizeOrganizationCode(input)).toEqual({ ok: true, value: '600037341', display: '60003734-1' });
    }
  });

  it('computes X for 10 and 0 for 11', () => {
    expect(normalizeOrganizationCode('MA2PBM9H-X')).toMatchObject({ ok: true, value: 'MA2PBM9HX' });
    expect(normalizeOrganizationCode('67592034X')).toMatchObject({ ok: true });
    expect(organizationCodeCheckCharacter('L0151012')).toBe('8');
    expect(organizationCodeCheckCharacter('00000000')).toBe('0');
  });

  it('rejects a wrong check, a wrong length and other characters', () => {
    expect(normalizeOrganizationCode('60003734-2')).toMatchObject({ code: 'org.checksum' });
    expect(normalizeOrganizationCode('60003734')).toMatchObject({ code: 'org.length' });
    expect(normalizeOrganizationCode('600-037341')).toMatchObject({ code: 'org.charset' });
    expect(normalizeOrganizationCode('6000373#1')).toMatchObject({ code: 'org.charset' });
  });
});
