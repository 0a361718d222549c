import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeAmount } from './amount/amount';
import { normalizeCertificateNumber } from './certificate';
import { normalizeDate } from './date/date';
import { normalizeMonth } from './date/month';
import { describeError, errorCodes, errorMessages, type ErrorCode } from './errors';
import { normalizeResidentId } from './id/resident-id';
import { normalizeName } from './name';
import { normalizeOrganizationCode } from './org-code';
import { normalizePhone } from './phone';
import { normalizePlate } from './plate';
import { normalizeRegion } from './region/region';
import { type Result } from './result';
import { normalizeUscc, usccCheckCharacter } from './uscc';

/** A USCC with a correct MOD 31 check around whatever the first 17 characters are. */
const withUsccCheck = (first17: string): string => first17 + (usccCheckCharacter(first17) ?? '');

// One input that reaches each error code: adding a code without a way to reach it
// fails the last test here.
const reachedBy: Record<ErrorCode, () => Result<unknown>> = {
  'input.empty': () => normalizeUscc('   '),
  'id.length': () => normalizeResidentId('43070219900101'),
  'id.charset': () => normalizeResidentId('43070219900101123Y'),
  'id.checksum': () => normalizeResidentId('430702199001011231'),
  'id.birth_date': () => normalizeResidentId('360426199113010079'),
  'id.region': () => normalizeResidentId('990426199112010074'),
  'uscc.length': () => normalizeUscc('12345'),
  'uscc.charset': () => normalizeUscc('9111000060003IOZSV'),
  'uscc.region': () => normalizeUscc(withUsccCheck('91AB0000600037341')),
  'uscc.org_code': () => normalizeUscc(withUsccCheck('91110000600037342')),
  'uscc.checksum': () => normalizeUscc('91110000600037341N'),
  'org.length': () => normalizeOrganizationCode('6000373'),
  'org.charset': () => normalizeOrganizationCode('60003734*'),
  'org.checksum': () => normalizeOrganizationCode('60003734-2'),
  'phone.format': () => normalizePhone('call me'),
  'phone.mobile': () => normalizePhone('12345678901'),
  'phone.area_code': () => normalizePhone('84561234'),
  'plate.format': () => normalizePlate('湘J1234'),
  'plate.province': () => normalizePlate('X湘12345'),
  'plate.authority': () => normalizePlate('湘I12345'),
  'certificate.charset': () => normalizeCertificateNumber('=HYPERLINK("x")'),
  'name.charset': () => normalizeName('张三3'),
  'name.length': () => normalizeName('张'.repeat(65)),
  'date.format': () => normalizeDate('next tuesday'),
  'date.impossible': () => normalizeDate('2023-02-29'),
  'date.time': () => normalizeDate('2024-01-05 24:30'),
  'date.excel_range': () => normalizeDate('0'),
  'month.format': () => normalizeMonth('March'),
  'month.impossible': () => normalizeMonth('2024-13'),
  'amount.format': () => normalizeAmount('about 300'),
  'amount.precision': () => normalizeAmount('1.234元'),
  'amount.range': () => normalizeAmount('9'.repeat(20)),
  'region.unknown': () => normalizeRegion('999999'),
  'region.ambiguous': () => normalizeRegion('朝阳区'),
};

describe('error codes', () => {
  it.each(Object.entries(reachedBy))('%s is reachable', (code, run) => {
    expect(run()).toMatchObject({ ok: false, code });
  });

  it('every code has a reaching input', () => {
    expect(Object.keys(reachedBy).sort()).toEqual([...errorCodes].sort());
  });

  it('every code has a Chinese and an English message', () => {
    for (const code of errorCodes) {
      expect(describeError(code)).toMatch(/\p{Script=Han}/u);
      expect(describeError(code, 'en')).toMatch(/^[\x20-\x7e–]+$/);
      expect(errorMessages[code].zh).toBe(describeError(code, 'zh'));
    }
  });

  it('the README documents every code with its messages', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of errorCodes) {
      expect(readme).toContain(`| \`${code}\` | ${describeError(code, 'zh')} | ${describeError(code, 'en')} |`);
    }
  });

  it('failures carry both messages', () => {
    expect(normalizeAmount('x')).toEqual({
      ok: false,
      code: 'amount.format',
      message: '无法识别的金额',
      messageEn: 'Not a recognizable amount',
    });
  });
});
