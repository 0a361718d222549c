// GB 11643-1999 check character: ISO 7064 MOD 11-2 over the first 17 digits.

export const RESIDENT_ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Char codes of the check character, indexed by the weighted sum mod 11 ('1 0 X 9 … 2'). */
export const RESIDENT_ID_CHECK_CODES: readonly number[] = [49, 48, 88, 57, 56, 55, 54, 53, 52, 51, 50];

/**
 * The check character for 17 ASCII digits; callers guarantee the input is 17 digits
 * (the generators in tests and the 15→18 upgrade do).
 */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (RESIDENT_ID_WEIGHTS[i] as number);
  return String.fromCharCode(RESIDENT_ID_CHECK_CODES[sum % 11] as number);
}
