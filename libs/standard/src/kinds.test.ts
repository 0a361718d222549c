import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStandardKind, normalizeAs, standardKindNames } from './kinds';

describe('standard kinds', () => {
  it('names the kinds of the CLI contract', () => {
    expect(standardKindNames).toEqual(['id', 'uscc', 'org', 'phone', 'plate', 'name', 'date', 'month', 'amount', 'region']);
    expect(isStandardKind('plate')).toBe(true);
    expect(isStandardKind('toString')).toBe(false);
  });

  it('normalizes by kind name, never throwing on junk', () => {
    expect(normalizeAs('org', '60003734-1')).toMatchObject({ ok: true, value: '600037341' });
    for (const kind of standardKindNames) {
      for (const junk of ['', '\u0000', '💥', 'x'.repeat(1000), '１２３']) {
        expect(() => normalizeAs(kind, junk)).not.toThrow();
      }
    }
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.constantFrom(...standardKindNames), fc.string({ unit: 'binary', maxLength: 40 }), (kind, input) => {
        const result = normalizeAs(kind, input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});
