import { allRegions, residentIdCheckCharacter } from '@zhijian/standard';

// A million resident IDs as they arrive in partner departments' spreadsheets: mostly
// clean, some spaced, full-width, lower-case x, Excel-quoted or in the old 15-digit
// form, and a fifth invalid. Deterministic (seeded), so runs compare.

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const counties = [...allRegions()]
  .filter((r) => r.level === 'county' && r.current && r.validFrom === 0 && r.name !== '市辖区')
  .map((r) => r.code);

export interface ResidentIdDataset {
  /** Clean, valid 18-character IDs: the baseline's input. */
  readonly clean: string[];
  /** The same number of rows, mixed and messy. */
  readonly messy: string[];
  /** Share of each kind of row, for the report. */
  readonly mix: Record<string, number>;
}

const toFullWidth = (s: string): string => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function generateResidentIds(count: number, seed = 20240601): ResidentIdDataset {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const clean: string[] = [];
  const messy: string[] = [];
  const mix: Record<string, number> = {};
  const count1 = (kind: string): void => {
    mix[kind] = (mix[kind] ?? 0) + 1;
  };

  for (let i = 0; i < count; i++) {
    const region = pick(counties);
    const year = 1950 + Math.floor(random() * 70);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const birth = `${year}${pad(month, 2)}${pad(day, 2)}`;
    const first17 = `${region}${birth}${pad(Math.floor(random() * 1000), 3)}`;
    const id = first17 + residentIdCheckCharacter(first17);
    clean.push(id);

    const roll = random();
    let row: string;
    let kind: string;
    if (roll < 0.5) [row, kind] = [id, 'clean'];
    else if (roll < 0.6) [row, kind] = [` ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)} `, 'spaced'];
    else if (roll < 0.68) [row, kind] = [toFullWidth(id), 'full-width'];
    else if (roll < 0.72) [row, kind] = [id.toLowerCase(), 'lower-case x'];
    else if (roll < 0.75) [row, kind] = [`'${id}`, 'Excel apostrophe'];
    else if (roll < 0.8) [row, kind] = [`${region}${birth.slice(2)}${pad(Math.floor(random() * 1000), 3)}`, '15-digit'];
    else if (roll < 0.88) {
      const wrong = String.fromCharCode(48 + ((id.charCodeAt(16) - 48 + 1) % 10));
      [row, kind] = [id.slice(0, 16) + wrong + id.slice(17), 'invalid: checksum'];
    } else if (roll < 0.92) {
      const impossible = `${region}${year}0231${pad(Math.floor(random() * 1000), 3)}`;
      [row, kind] = [impossible + residentIdCheckCharacter(impossible), 'invalid: birth date'];
    } else if (roll < 0.96) [row, kind] = [id.slice(0, 17), 'invalid: length'];
    else {
      const unknown = `99${first17.slice(2)}`;
      [row, kind] = [unknown + residentIdCheckCharacter(unknown), 'invalid: region'];
    }
    messy.push(row);
    count1(kind);
  }
  // Rows read from a file are flat strings; the concatenations above are not (V8 keeps
  // them as cons strings until first read). A JSON round trip makes them like parsed rows.
  return { clean: JSON.parse(JSON.stringify(clean)) as string[], messy: JSON.parse(JSON.stringify(messy)) as string[], mix };
}
