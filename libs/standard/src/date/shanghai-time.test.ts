import { describe, expect, it } from 'vitest';
import { shanghaiOffsetAt, shanghaiTodayKey } from './shanghai-time';

// The table of daylight-saving summers is checked against the runtime's own tz
// database (Intl), hour by hour across 1985–1992.
const shanghaiClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

function intlOffsetMinutes(epochMs: number): number {
  const parts = shanghaiClock.formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wallAsUtc - epochMs) / 60_000);
}

describe('Asia/Shanghai offsets', () => {
  it('match the tz database from 1985 to 1992', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1985, 0, 1); t < Date.UTC(1993, 0, 1); t += 3_600_000) {
      if (shanghaiOffsetAt(t) !== intlOffsetMinutes(t)) mismatches.push(new Date(t).toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it('gives today in Shanghai, not in UTC', () => {
    expect(shanghaiTodayKey(new Date('2024-12-31T17:00:00Z'))).toBe(20250101);
    expect(shanghaiTodayKey(new Date('2024-12-31T15:59:59Z'))).toBe(20241231);
  });
});
