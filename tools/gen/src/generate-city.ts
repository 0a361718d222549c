// generateCity: one deterministic pass that streams a whole prefecture-level city's
// feeds to disk, then writes truth.json beside them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BidderPool, backgroundHousehold } from './background';
import { City } from './city';
import { Hotline } from './hotline';
import { PREFECTURE } from './names';
import { plantHotlineCases, plantDepositTopic, plantHotspot, recordHotspot } from './plants/hotline-plants';
import { plantAllowanceCases, plantHousingCases } from './plants/housing-plants';
import { plantOfficialCases } from './plants/official-plants';
import { ProcurementBook } from './procurement';
import { type Truth } from './truth';

export const MIN_PERSONS = 1_000;
export const MAX_PERSONS = 10_000_000;
export const DEFAULT_AS_OF = '2026-11-30';

export interface GenerateProgress {
  readonly phase: 'population' | 'plants' | 'procurement' | 'hotline' | 'closing';
  readonly persons: number;
  readonly total: number;
}

export interface GenerateCityOptions {
  readonly out: string;
  readonly persons: number;
  readonly seed: number;
  /** The feeds' "today", `YYYY-MM-DD`; all history falls in the three years before it. */
  readonly asOf?: string;
  readonly onProgress?: (progress: GenerateProgress) => void;
}

/** Planted hits per model: at least 3, about 0.1% of the population at scale. */
export const plantedHits = (persons: number) => Math.max(3, Math.round(persons / 1000));

export async function generateCity(options: GenerateCityOptions): Promise<Truth> {
  const { persons, seed } = options;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!Number.isInteger(persons) || persons < MIN_PERSONS || persons > MAX_PERSONS) {
    throw new RangeError(`persons must be an integer from ${MIN_PERSONS} to ${MAX_PERSONS}, got ${persons}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new RangeError(`asOf must be YYYY-MM-DD, got ${asOf}`);

  const city = await City.open(options.out, seed, asOf);
  const progress = (phase: GenerateProgress['phase']) => options.onProgress?.({ phase, persons: city.personCount, total: persons });
  const hits = plantedHits(persons);
  const nearMisses = Math.max(2, Math.round(hits / 2));
  // Planted cases bring their own people (about 15 per hit, 17 per near-miss): the
  // background leaves room for them, and single adults top the city up to exactly `persons`.
  const plantedPeople = hits * 30 + nearMisses * 30 + 100;
  const pool: BidderPool = { bidders: [], capacity: 200 + Math.round(persons / 500) };

  let households = 0;
  while (city.personCount < persons - plantedPeople) {
    backgroundHousehold(city, pool);
    if (++households % 256 === 0) {
      await city.drain();
      if (households % 8192 === 0) progress('population');
    }
  }
  progress('plants');
  const book = new ProcurementBook(city, pool.bidders);
  plantHousingCases(city, hits, nearMisses);
  await city.drain();
  plantAllowanceCases(city, hits, nearMisses);
  plantOfficialCases(city, book, hits, nearMisses);
  await city.drain();
  book.ring(Math.max(6, Math.min(30, Math.round(persons / 20_000))));
  while (city.personCount < persons) {
    city.newPerson(city.background, { birthDay: city.background.int(city.asOfDay - 80 * 365, city.asOfDay - 20 * 365) });
    if (city.personCount % 4096 === 0) await city.drain();
  }

  progress('procurement');
  book.background(Math.max(30, Math.round(persons * 0.002)));
  await city.drain();

  progress('hotline');
  const hotline = new Hotline(city);
  const backgroundTickets = Math.max(200, Math.round(persons * 0.04));
  for (let done = 0; done < backgroundTickets; done += 4096) {
    hotline.backgroundTickets(Math.min(4096, backgroundTickets - done));
    await city.drain();
  }
  plantHotlineCases(city, hotline, hits, nearMisses);
  plantHotspot(city, hotline, Math.max(30, Math.round(backgroundTickets * 0.04)));
  plantDepositTopic(city, hotline);
  recordHotspot(city, hotline);

  progress('closing');
  const feeds = await city.close();
  const truth = city.truth.build({ seed, persons: city.personCount, asOf, prefecture: PREFECTURE.code, feeds });
  await writeFile(path.join(options.out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  return truth;
}
