import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folded, messyResidentId, replacementCharacter, validResidentId } from '../../test/generators';
import { normalizeResidentId } from './resident-id';

const now = new Date('2025-06-01T00:00:00+08:00');

describe('normalizeResidentId properties', () => {
  it('a generated valid ID always validates, to itself', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        const result = normalizeResidentId(id, { now });
        expect(result).toMatchObject({ ok: true, value: id });
      }),
      { numRuns: 2000 },
    );
  });

  it('messy spellings of a valid ID normalize to the clean ID', () => {
    fc.assert(
      fc.property(messyResidentId, (messy) => {
        const result = normalizeResidentId(messy, { now });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value).toBe(folded(messy).replace(/\s/g, ''));
      }),
      { numRuns: 1000 },
    );
  });

  it('any single-character change to a valid ID fails', () => {
    fc.assert(
      fc.property(validResidentId, fc.integer({ min: 0, max: 17 }), replacementCharacter, (id, position, replacement) => {
        fc.pre(folded(replacement) !== id[position]);
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(normalizeResidentId(changed, { now }).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});
