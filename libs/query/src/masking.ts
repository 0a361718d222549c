// Who may see identifiers in clear. Resident ID numbers and phone numbers are shown masked
// unless the user holds a role that needs them (the commission's admins and supervisors);
// every view and every export goes through the same functions, so what is exported is
// exactly what was on screen.
import type { Role } from '@zhijian/db';

export interface Masking {
  /** True when ID numbers and phones are shown in full. */
  readonly reveal: boolean;
}

/** Roles that see resident ID numbers and phones in clear. */
export const IDENTIFIER_ROLES: readonly Role[] = ['admin', 'supervisor'];

export const REVEAL: Masking = { reveal: true };
export const MASKED: Masking = { reveal: false };

export function maskingForRoles(roles: readonly Role[]): Masking {
  return roles.some((role) => IDENTIFIER_ROLES.includes(role)) ? REVEAL : MASKED;
}

/** 430702198001150017 → 430702********0017 (region and last four stay, so analysts can tell people apart). */
export function maskResidentId(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** 13812345678 → 138****5678; a landline keeps its area code and last four. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(value.length);
  const keepStart = value.startsWith('1') ? 3 : Math.max(value.indexOf('-') + 1, 3);
  return value.slice(0, keepStart) + value.slice(keepStart, -4).replace(/\d/g, '*') + value.slice(-4);
}

/** A subject's canonical key as this user may see it: only persons' keys are ID numbers. */
export function visibleSubjectKey(type: string, key: string, masking: Masking): string {
  return masking.reveal || type !== 'person' ? key : maskResidentId(key);
}

export type SensitiveFieldType = 'id_number' | 'phone' | 'id_number_list';

/** Masks the sensitive attributes of a record, given which field holds what. */
export function maskAttributes(
  attrs: Record<string, unknown>,
  sensitive: ReadonlyMap<string, SensitiveFieldType>,
  masking: Masking,
): Record<string, unknown> {
  if (masking.reveal || sensitive.size === 0) return attrs;
  const out: Record<string, unknown> = { ...attrs };
  for (const [field, type] of sensitive) {
    const value = out[field];
    if (value === null || value === undefined) continue;
    if (type === 'id_number_list' && Array.isArray(value)) out[field] = value.map((v) => maskResidentId(String(v)));
    else if (type === 'id_number') out[field] = maskResidentId(String(value));
    else if (type === 'phone') out[field] = maskPhone(String(value));
  }
  return out;
}
