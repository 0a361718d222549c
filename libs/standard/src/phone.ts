import { fail, type Result } from './result';
import { asText, foldWidth } from './text/fold';

// Mobile numbers (optional +86 / 0086), landlines with an area code (010, 02X, 0XXX)
// and 400/800 service numbers. Separators (spaces, hyphens, brackets, dots) are ignored.

export interface PhoneDetails {
  readonly type: 'mobile' | 'landline' | 'service';
  /** `010`, `0731` …; null for mobile and service numbers. */
  readonly areaCode: string | null;
  /** The subscriber number without area code. */
  readonly localNumber: string;
  readonly extension: string | null;
}

export type PhoneResult = Result<string, PhoneDetails>;

const EXTENSION = /(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;

export function normalizePhone(input: string): PhoneResult {
  let text = foldWidth(asText(input)).trim();
  if (text === '') return fail('input.empty');

  let extension: string | null = null;
  const extensionMatch = EXTENSION.exec(text);
  if (extensionMatch) {
    extension = extensionMatch[1] as string;
    text = text.slice(0, extensionMatch.index);
  }
  let digits = text.replace(/[\s\-()./]/g, '');
  let international = false;
  if (digits.startsWith('+86')) [digits, international] = [digits.slice(3), true];
  else if (digits.startsWith('0086')) [digits, international] = [digits.slice(4), true];
  else if (/^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) return fail('phone.format');

  if (digits.startsWith('1')) {
    if (digits.length !== 11 || !/^1[3-9]/.test(digits)) return fail('phone.mobile');
    return { ok: true, value: digits, type: 'mobile', areaCode: null, localNumber: digits, extension };
  }
  if (/^[48]00\d{7}$/.test(digits)) {
    return { ok: true, value: digits, type: 'service', areaCode: null, localNumber: digits, extension };
  }
  // International format drops the trunk 0 of the area code.
  if (international) digits = `0${digits}`;
  if (!digits.startsWith('0')) return /^[2-9]\d{6,7}$/.test(digits) ? fail('phone.area_code') : fail('phone.format');

  const areaCode = /^0(?:10|2\d)/.test(digits) ? digits.slice(0, 3) : /^0[3-9]\d\d/.test(digits) ? digits.slice(0, 4) : null;
  if (areaCode === null) return fail('phone.area_code');
  const localNumber = digits.slice(areaCode.length);
  if (!/^[2-9]\d{6,7}$/.test(localNumber)) return fail('phone.format');
  return { ok: true, value: `${areaCode}-${localNumber}`, type: 'landline', areaCode, localNumber, extension };
}
