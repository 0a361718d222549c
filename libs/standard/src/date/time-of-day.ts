// The time part of a date-time string: `8:30`, `08:30:15.250`, `083015` (after a
// compact date), `8时30分`, each with an optional `Z` / `+08:00` zone.

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC when the text names a zone; null means Asia/Shanghai. */
  readonly zoneOffset: number | null;
}

const ZONE = String.raw`\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
const COLON_TIME = new RegExp(String.raw`^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?${ZONE}$`, 'i');
const COMPACT_TIME = new RegExp(String.raw`^(\d{2})(\d{2})(\d{2})?${ZONE}$`, 'i');
const CHINESE_TIME = /^(\d{1,2})[时点](?:(\d{1,2})分(?:(\d{1,2})秒)?)?$/;

function parseZone(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

function build(
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): TimeOfDay | 'invalid' {
  const hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  const second = Number(secondText ?? '0');
  const zoneOffset = parseZone(zone);
  if (hour > 23 || minute > 59 || second > 59 || (zoneOffset !== null && Math.abs(zoneOffset) > 14 * 60)) {
    return 'invalid';
  }
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return { hour, minute, second, millisecond, zoneOffset };
}

/** The parsed time, 'invalid' for a time-shaped text out of range, or null if not a time. */
export function parseTimeOfDay(text: string, allowCompact: boolean): TimeOfDay | 'invalid' | null {
  const colon = COLON_TIME.exec(text);
  if (colon) return build(colon[1], colon[2], colon[3], colon[4], colon[5]);
  const compact = allowCompact ? COMPACT_TIME.exec(text) : null;
  if (compact) return build(compact[1], compact[2], compact[3], undefined, compact[4]);
  const chinese = CHINESE_TIME.exec(text);
  if (chinese) return build(chinese[1], chinese[2], chinese[3], undefined, undefined);
  return null;
}
