import fc from 'fast-check';
import { residentIdCheckCharacter } from '../src/id/resident-id-check';
import { organizationCodeCheckCharacter } from '../src/org-code';
import { allRegions } from '../src/region/region-table';
import { USCC_ALPHABET, usccCheckCharacter } from '../src/uscc';

// fast-check arbitraries for valid identifiers, shared by the property tests.

/** County codes in force through every revision held, so valid for any birth year. */
const timelessCounties = [...allRegions()]
  .filter((r) => r.level === 'county' && r.validFrom === 0 && r.current && r.name !== '市辖区')
  .map((r) => r.code);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Birth dates up to the end of 2024 (tests pin "now" to 2025). */
export const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`);

export const validResidentId = fc
  .tuple(fc.constantFrom(...timelessCounties), birthDate, fc.integer({ min: 0, max: 999 }))
  .map(([region, birth, sequence]) => {
    const first17 = `${region}${birth}${pad(sequence, 3)}`;
    return first17 + residentIdCheckCharacter(first17);
  });

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** The same ID as it arrives from spreadsheets: spaces, full-width digits, lower-case x. */
export const messyResidentId = fc
  .tuple(validResidentId, fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }), fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }))
  .map(([id, fullWidth, spaced]) =>
    [...id]
      .map((c, i) => {
        const folded = fullWidth[i] ? String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET) : c.toLowerCase();
        return spaced[i] ? ` ${folded}` : folded;
      })
      .join(''),
  );

const usccCharacter = fc.constantFrom(...USCC_ALPHABET);

export const validUscc = fc
  .tuple(
    fc.constantFrom(...'123456789Y'),
    fc.constantFrom(...'123459'),
    fc.constantFrom(...timelessCounties),
    fc.array(usccCharacter, { minLength: 8, maxLength: 8 }),
  )
  .map(([authority, entityType, region, body]) => {
    const orgBody = body.join('');
    const first17 = `${authority}${entityType}${region}${orgBody}${organizationCodeCheckCharacter(orgBody)}`;
    return first17 + usccCheckCharacter(first17);
  });

/** A character to put in place of another: valid ones, look-alikes and junk. */
export const replacementCharacter = fc.oneof(
  fc.constantFrom(...'0123456789XxABCDEFGHJKLMNPQRTUWXYIOZSV'),
  fc.constantFrom(...'-*! ＡＸ０１９中·'),
  fc.string({ minLength: 1, maxLength: 1 }),
);

/** What a character becomes once normalized (NFKC, upper case, spaces dropped). */
export const folded = (c: string): string => c.normalize('NFKC').toUpperCase().trim();
