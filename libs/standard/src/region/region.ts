import { fail, type Result } from '../result';
import { asText, foldCompact } from '../text/fold';
import { resolveAddressRegion } from './address';
import { regionByCode, type RegionLevel } from './region-table';

// A region given as a GB/T 2260 code (2, 4 or 6 digits), a name (常德市, 常德, 武陵区)
// or an address: returned as its six-digit code.

export interface RegionDetails {
  readonly name: string;
  readonly fullName: string;
  readonly level: RegionLevel;
  readonly provinceCode: string;
  /** False for a code held only in an older revision (abolished or renumbered). */
  readonly current: boolean;
}

export type RegionResult = Result<string, RegionDetails>;

export function normalizeRegion(input: string): RegionResult {
  const text = foldCompact(asText(input));
  if (text === '') return fail('input.empty');
  let code = text;
  if (/^\d+$/.test(text)) {
    if (text.length !== 2 && text.length !== 4 && text.length !== 6) return fail('region.unknown');
    code = text.padEnd(6, '0');
  } else {
    const resolved = resolveAddressRegion(text);
    if (!resolved.ok) return resolved;
    code = resolved.value;
  }
  const region = regionByCode(code);
  if (region === undefined) return fail('region.unknown');
  return {
    ok: true,
    value: region.code,
    name: region.name,
    fullName: region.fullName,
    level: region.level,
    provinceCode: `${region.code.slice(0, 2)}0000`,
    current: region.current,
  };
}

/** The full name of a code (`430702` → 湖南省常德市武陵区), or null when unknown. */
export function regionNameOf(code: string): string | null {
  return regionByCode(code)?.fullName ?? null;
}
