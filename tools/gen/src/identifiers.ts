// Valid identifiers, unique by construction: a counter is spread over the code space by
// a multiplication modulo the space (a bijection), so no set of issued codes is kept.
import { organizationCodeCheckCharacter, residentIdCheckCharacter, usccCheckCharacter } from '@zhijian/standard';
import { isoOf } from './dates';

/** Resident ID sequence numbers per county and birth day, kept apart for men (odd) and women (even). */
export class ResidentIdIssuer {
  private readonly issued = new Map<number, number>();

  issue(regionCode: string, birthDay: number, male: boolean): string {
    const key = (Number(regionCode) * 100_000 + birthDay) * 2 + (male ? 1 : 0);
    const count = this.issued.get(key) ?? 0;
    this.issued.set(key, count + 1);
    // 499 men and 499 women per county and day: far more than a city needs.
    const sequence = (male ? 1 : 2) + 2 * (count % 499);
    const body = `${regionCode}${isoOf(birthDay).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return body + residentIdCheckCharacter(body);
  }
}

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // USCC characters, valid in an organization code too
const ORG_SPACE = 31 ** 8;

/** A USCC: authority + entity type (`91` enterprise, `11` government body, `12` public institution). */
export function uscc(prefix: '91' | '92' | '11' | '12', regionCode: string, serial: number): string {
  const organizationBody = spread(serial + 7, ORG_SPACE, 0x2545f49, ORG_ALPHABET, 8);
  const organization = organizationBody + organizationCodeCheckCharacter(organizationBody);
  const first17 = `${prefix}${regionCode}${organization}`;
  return first17 + usccCheckCharacter(first17);
}

const PLATE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 湘J plates (Changde). */
export function plate(serial: number): string {
  return `湘J${spread(serial + 11, PLATE_ALPHABET.length ** 5, 0x9e37, PLATE_ALPHABET, 5)}`;
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '173', '177', '180', '181', '183', '185', '186', '187', '188', '189', '191', '199'];

/** A mobile number unique per serial (up to 28 × 10^8). */
export function mobile(serial: number): string {
  const prefix = MOBILE_PREFIXES[serial % MOBILE_PREFIXES.length] as string;
  const local = spread(Math.floor(serial / MOBILE_PREFIXES.length) + 3, 100_000_000, 0x5bd1e995 % 100_000_000 | 1, '0123456789', 8);
  return prefix + local;
}

export function certificateNumber(year: number, countyName: string, serial: number): string {
  return `湘(${year})${countyName}不动产权第${String(serial).padStart(7, '0')}号`;
}

/** `serial × multiplier mod space`, written in `alphabet`: distinct serials give distinct codes. */
function spread(serial: number, space: number, multiplier: number, alphabet: string, width: number): string {
  // The multiplier must be coprime to the space; BigInt keeps the product exact.
  let value = Number((BigInt(serial) * BigInt(coprime(multiplier, space))) % BigInt(space));
  let out = '';
  for (let i = 0; i < width; i++) {
    out = alphabet[value % alphabet.length] + out;
    value = Math.floor(value / alphabet.length);
  }
  return out;
}

const coprimes = new Map<string, number>();
function coprime(candidate: number, space: number): number {
  const key = `${candidate}/${space}`;
  let found = coprimes.get(key);
  if (found === undefined) {
    found = candidate;
    while (gcd(found, space) !== 1) found++;
    coprimes.set(key, found);
  }
  return found;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
