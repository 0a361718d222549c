// What an analyst typed: an identifier (normalized first, so any messy form finds the
// canonical key), a phone, a name, pinyin initials, or part of an address.
import { normalizeCertificateNumber, normalizeName, normalizePhone, normalizePlate, normalizeResidentId, normalizeUscc } from '@zhijian/standard';
import type { SubjectType } from '@zhijian/db';

export type QueryKind = 'resident_id' | 'uscc' | 'plate' | 'phone' | 'certificate' | 'name' | 'initials' | 'address';

export interface DetectedQuery {
  /** Exact canonical keys to look up in `subjects`. */
  keys: Array<{ type: SubjectType; key: string; kind: QueryKind }>;
  phone: string | null;
  /** Name forms to match exactly and by prefix (as typed, simplified). */
  names: string[];
  initials: string | null;
  /** Lower-cased text to find inside addresses (3 characters at least, for the trigram index). */
  address: string | null;
}

const HAN = /\p{Script=Han}/u;

export function detectQuery(input: string): DetectedQuery {
  const text = input.normalize('NFKC').trim();
  const detected: DetectedQuery = { keys: [], phone: null, names: [], initials: null, address: null };
  if (!text) return detected;

  const id = normalizeResidentId(text);
  if (id.ok) detected.keys.push({ type: 'person', key: id.value, kind: 'resident_id' });
  const uscc = normalizeUscc(text);
  if (uscc.ok) detected.keys.push({ type: 'organization', key: uscc.value, kind: 'uscc' });
  const plate = normalizePlate(text);
  if (plate.ok) detected.keys.push({ type: 'vehicle', key: plate.value, kind: 'plate' });
  const certificate = normalizeCertificateNumber(text);
  if (certificate.ok && /\d/.test(certificate.value)) detected.keys.push({ type: 'property', key: certificate.value, kind: 'certificate' });
  if (id.ok || uscc.ok) return detected;

  const phone = /^[+\d][\d\s\-()]{5,}$/.test(text) ? normalizePhone(text) : null;
  if (phone?.ok) detected.phone = phone.value;

  if (/^[a-z]{2,12}$/i.test(text)) detected.initials = text.toLowerCase();
  if (HAN.test(text) || /^[a-z][a-z .'·-]+$/i.test(text)) {
    const lower = text.toLowerCase();
    detected.names.push(lower);
    const name = normalizeName(text);
    if (name.ok && name.simplified.toLowerCase() !== lower) detected.names.push(name.simplified.toLowerCase());
  }
  if ([...text].length >= 3) detected.address = text.toLowerCase();
  return detected;
}
