import { fail, type Result } from '../result';
import { asText, foldCompact } from '../text/fold';
import { regionNameIndex } from './region-names';
import { type Region, type RegionLevel } from './region-table';

// An address to the most specific region recognizable in it. Region names are found
// left to right, longest first (湖南省常德市武陵区 → 湖南省, 常德市, 武陵区); the winner
// is the region that the most found names lie on the path to — so 北京市朝阳区 is
// Beijing's 朝阳区, not Changchun's — and among equals the deepest.

export interface AddressRegionDetails {
  readonly name: string;
  readonly fullName: string;
  readonly level: RegionLevel;
  /** The region names found in the address, in order. */
  readonly matched: readonly string[];
}

export type AddressRegionResult = Result<string, AddressRegionDetails>;

const DEPTH: Record<RegionLevel, number> = { province: 1, city: 2, county: 3 };

function isAncestorOrSelf(ancestor: number, code: number): boolean {
  if (ancestor === code) return true;
  if (ancestor % 10000 === 0) return Math.floor(ancestor / 10000) === Math.floor(code / 10000);
  if (ancestor % 100 === 0) return Math.floor(ancestor / 100) === Math.floor(code / 100);
  return false;
}

// A short name followed by one of these is a street named after a place (上海市常德路).
const STREET_AFTER = /^(?:路|街|大道|大街|巷|弄)/;

function findNames(text: string): { name: string; regions: Region[] }[] {
  const { byName, longestName } = regionNameIndex();
  const found: { name: string; regions: Region[] }[] = [];
  let i = 0;
  while (i < text.length) {
    let length = Math.min(longestName, text.length - i);
    for (; length >= 2; length--) {
      const name = text.slice(i, i + length);
      const regions = byName.get(name)?.filter(
        (r) => r.name === name || !STREET_AFTER.test(text.slice(i + length)),
      );
      if (regions && regions.length > 0) {
        found.push({ name, regions });
        break;
      }
    }
    i += length >= 2 ? length : 1;
  }
  return found;
}

export function resolveAddressRegion(address: string): AddressRegionResult {
  const text = foldCompact(asText(address));
  if (text === '') return fail('input.empty');
  const found = findNames(text);

  let best: Region[] = [];
  let bestScore = 0;
  for (const candidate of new Set(found.flatMap((f) => f.regions))) {
    const code = Number(candidate.code);
    const score =
      found.filter((f) => f.regions.some((r) => isAncestorOrSelf(Number(r.code), code))).length * 10 +
      DEPTH[candidate.level];
    if (score > bestScore) [best, bestScore] = [[candidate], score];
    else if (score === bestScore) best.push(candidate);
  }
  const winner = best[0];
  if (winner === undefined) return fail('region.unknown');
  if (best.length > 1) return fail('region.ambiguous');
  return {
    ok: true,
    value: winner.code,
    name: winner.name,
    fullName: winner.fullName,
    level: winner.level,
    matched: found.map((f) => f.name),
  };
}
