import { civilFromDays, daysFromCivil, type CivilDate } from './calendar';

// Asia/Shanghai is UTC+8 except for the daylight-saving summers of 1986–1991 (tz
// database rule "PRC"): clocks went forward at 02:00 on the dates below and back at
// 02:00 daylight time. A table keeps the library free of Intl and identical in every
// runtime; dates before 1949 are treated as UTC+8 too.
const DST_PERIODS: readonly (readonly [number, number, number, number, number])[] = [
  // year, start month, start day, end month, end day
  [1986, 5, 4, 9, 14],
  [1987, 4, 12, 9, 13],
  [1988, 4, 17, 9, 11],
  [1989, 4, 16, 9, 17],
  [1990, 4, 15, 9, 16],
  [1991, 4, 14, 9, 15],
];

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const STANDARD_OFFSET = 480;

/** Minutes east of UTC in force at a UTC instant. */
export function shanghaiOffsetAt(epochMs: number): number {
  for (const [year, startMonth, startDay, endMonth, endDay] of DST_PERIODS) {
    // 02:00 standard time = 18:00 UTC the day before; 02:00 daylight time = 17:00 UTC.
    const start = daysFromCivil(year, startMonth, startDay) * MS_PER_DAY - 6 * 3_600_000;
    const end = daysFromCivil(year, endMonth, endDay) * MS_PER_DAY - 7 * 3_600_000;
    if (epochMs >= start && epochMs < end) return STANDARD_OFFSET + 60;
  }
  return STANDARD_OFFSET;
}

export interface WallClock extends CivilDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The instant a Shanghai wall-clock time names, or null when the clock skipped it
 * (02:00–02:59 on a spring-forward day). In the repeated autumn hour the earlier
 * (daylight) instant is chosen.
 */
export function instantOfShanghaiWallClock(t: WallClock): number | null {
  const wallAsUtc =
    daysFromCivil(t.year, t.month, t.day) * MS_PER_DAY + ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
  for (const offset of [STANDARD_OFFSET + 60, STANDARD_OFFSET]) {
    const instant = wallAsUtc - offset * MS_PER_MINUTE;
    if (shanghaiOffsetAt(instant) === offset) return instant;
  }
  return null;
}

export function shanghaiWallClockAt(epochMs: number): WallClock & { readonly offsetMinutes: number } {
  const offsetMinutes = shanghaiOffsetAt(epochMs);
  const local = epochMs + offsetMinutes * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  const secondsOfDay = Math.floor((local - days * MS_PER_DAY) / 1000);
  return {
    ...civilFromDays(days),
    hour: Math.floor(secondsOfDay / 3600),
    minute: Math.floor((secondsOfDay % 3600) / 60),
    second: secondsOfDay % 60,
    offsetMinutes,
  };
}

/** Today's date in Shanghai as a YYYYMMDD number, for "not in the future" checks. */
export function shanghaiTodayKey(now: Date = new Date()): number {
  const { year, month, day } = shanghaiWallClockAt(now.getTime());
  return year * 10000 + month * 100 + day;
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
