import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folded, replacementCharacter, validUscc } from '../test/generators';
import { normalizeUscc } from './uscc';

describe('normalizeUscc properties', () => {
  it('a generated valid code always validates', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(normalizeUscc(code)).toMatchObject({ ok: true, value: code });
      }),
      { numRuns: 2000 },
    );
  });

  it('any single-character change to a valid code fails', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 17 }), replacementCharacter, (code, position, replacement) => {
        fc.pre(folded(replacement) !== code[position]);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(normalizeUscc(changed).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});
