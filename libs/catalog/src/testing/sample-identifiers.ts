import { organizationCodeCheckCharacter, residentIdCheckCharacter, usccCheckCharacter } from '@zhijian/standard';

// Valid identifiers for tests and the benchmark, built with the real check characters
// so they pass every check @zhijian/standard applies. Not exported from the package.

/** An 18-digit resident ID: Changde's Wuling district, `birthDate` as `YYYYMMDD`. */
export function sampleResidentId(sequence: number, birthDate = '19800115', region = '430702'): string {
  const first17 = `${region}${birthDate}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A USCC of an enterprise (9 1) registered in Changde's Wuling district. */
export function sampleUscc(sequence: number, region = '430702'): string {
  const organizationBody = String(sequence % 100_000_000).padStart(8, '0');
  const organizationCode = organizationBody + (organizationCodeCheckCharacter(organizationBody) as string);
  const first17 = `91${region}${organizationCode}`;
  return first17 + (usccCheckCharacter(first17) as string);
}
