import { normalizeAmount, normalizeDate, normalizeMonth, normalizePhone, normalizeResidentId } from '@zhijian/standard';
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf, monthText } from './dates';
import { ResidentIdIssuer } from './identifiers';
import { dateText, excelSerial, noisyAmount, noisyDate, noisyId, noisyMonth, noisyPhone } from './noise';
import { Random } from './random';

// Every noisy form the feeds carry must standardize back to the value it disguises.
describe('noise', () => {
  const random = new Random(42);

  it('resident IDs: 15 digits, full width, spaces and a lower-case x all parse back', () => {
    const issuer = new ResidentIdIssuer();
    const forms = new Set<string>();
    for (let i = 0; i < 3_000; i++) {
      const id = issuer.issue('430725', dayOf('1955-03-01') + i * 7, i % 2 === 0);
      const noisy = noisyId(random, id, 1);
      if (noisy !== id) forms.add(noisy.length === 15 ? '15' : /x$/.test(noisy) ? 'x' : /\s/.test(noisy) ? 'space' : 'wide');
      const parsed = normalizeResidentId(noisy);
      expect(parsed.ok && parsed.value, noisy).toBe(id);
    }
    expect([...forms].sort()).toEqual(['15', 'space', 'wide', 'x']);
  });

  it('dates in every style, and Excel serials, parse back', () => {
    for (let day = dayOf('1990-01-01'); day < dayOf('2027-01-01'); day += 37) {
      for (const style of ['iso', 'slash', 'chinese', 'compact', 'dot'] as const) {
        const parsed = normalizeDate(dateText(day, style));
        expect(parsed.ok && parsed.date, dateText(day, style)).toBe(isoOf(day));
      }
      const serial = normalizeDate(String(excelSerial(day)));
      expect(serial.ok && serial.date).toBe(isoOf(day));
      const noisy = noisyDate(random, day, 'iso', 1);
      expect(normalizeDate(noisy).ok).toBe(true);
    }
  });

  it('months and amounts (元, 万元, thousands separators, full width) parse back', () => {
    for (let i = 0; i < 500; i++) {
      const month = 2023 * 12 + (i % 40);
      const parsed = normalizeMonth(noisyMonth(random, month, 1));
      expect(parsed.ok && parsed.value).toBe(monthText(month));
      const fen = random.pick([30_000, 45_000, 123_456, 1_200_000, random.int(1, 9_999_999)]);
      const amount = noisyAmount(random, fen, 1);
      const read = normalizeAmount(amount);
      expect(read.ok && read.value, amount).toBe(fen);
    }
  });

  it('phones parse back to 11 digits', () => {
    for (let i = 0; i < 200; i++) {
      const noisy = noisyPhone(random, '13907361234', 1);
      const parsed = normalizePhone(noisy);
      expect(parsed.ok && parsed.value, noisy).toBe('13907361234');
    }
  });
});
