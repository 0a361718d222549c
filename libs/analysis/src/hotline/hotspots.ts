// Hotspots: counties or addresses whose tickets in a period rise significantly above their
// own baseline (the months before it). Counts come from SQL; the one-sided Poisson test
// (stats/poisson.ts) ranks the candidates. Default period: the last complete month.
import type { DbHandle } from '@zhijian/db';
import { expectedCount, poissonUpperTail } from '../stats/poisson';

export interface HotspotInput {
  level: 'region' | 'address';
  /** The period tested, `YYYY-MM-DD` inclusive; by default the last complete month with tickets. */
  from?: string;
  to?: string;
  regionCode?: string;
  /** Months before the period that form the baseline (default 6). */
  baselineMonths?: number;
  limit?: number;
}

export interface Hotspot {
  key: string;
  /** The county of the place (for an address, its tickets' county). */
  regionCode: string;
  label: string;
  observed: number;
  baseline: number;
  expected: number;
  /** observed ÷ expected. */
  ratio: number;
  /** One-sided Poisson p-value, P(X ≥ observed | expected). */
  pValue: number;
}

export interface HotspotResult {
  from: string;
  to: string;
  baselineFrom: string;
  baselineDays: number;
  test: string;
  items: Hotspot[];
}

export const HOTSPOT_TEST =
  'one-sided Poisson test: observed tickets in the period vs. the rate of the baseline months (+0.5 ticket prior), p = P(X ≥ observed); ranked by p, then by ratio';

/** The last month whose every day lies on or before the latest ticket day. */
export async function lastCompleteMonth(handle: DbHandle): Promise<{ from: string; to: string } | null> {
  const { rows } = await handle.pool.query<{ from: string; to: string }>(
    `select to_char(m, 'YYYY-MM-DD') as "from", to_char(m + interval '1 month' - interval '1 day', 'YYYY-MM-DD') as "to"
     from (select case when max(day) = (date_trunc('month', max(day)) + interval '1 month' - interval '1 day')::date
                       then date_trunc('month', max(day)) else date_trunc('month', max(day)) - interval '1 month' end as m
           from analysis_ticket_daily) last where m is not null`,
  );
  return rows[0] ?? null;
}

const MIN_OBSERVED = { region: 5, address: 3 } as const;

export async function findHotspots(handle: DbHandle, input: HotspotInput): Promise<HotspotResult> {
  const period = input.from && input.to ? { from: input.from, to: input.to } : await lastCompleteMonth(handle);
  const test = HOTSPOT_TEST;
  if (!period) return { from: '', to: '', baselineFrom: '', baselineDays: 0, test, items: [] };
  const months = input.baselineMonths ?? 6;
  // The baseline starts where the data does when history is shorter than the months asked for.
  const span = await handle.pool.query<{ baseline_from: string; baseline_days: number; period_days: number }>(
    `select to_char(b, 'YYYY-MM-DD') as baseline_from, ($1::date - b)::int as baseline_days, ($2::date - $1::date + 1)::int as period_days
     from (select greatest(($1::date - make_interval(months => $3::int))::date, coalesce((select min(day) from analysis_ticket_daily), $1::date)) as b) s`,
    [period.from, period.to, months],
  );
  const spanRow = span.rows[0];
  if (!spanRow) throw new Error('hotspot period span query returned no row');
  const { baseline_from: baselineFrom, baseline_days: baselineDays, period_days: periodDays } = spanRow;
  const counted =
    input.level === 'region'
      ? `select region_code as key, region_code, region_code as label,
                sum(tickets) filter (where day between $1 and $2)::int as observed,
                sum(tickets) filter (where day >= $3 and day < $1)::int as baseline
         from analysis_ticket_daily where day >= $3 and day <= $2 and region_code <> '' and ($4::text is null or region_code = $4)
         group by region_code`
      : `select address_key as key, min(region_code) as region_code, min(address) as label,
                count(*) filter (where received_day between $1 and $2)::int as observed,
                count(*) filter (where received_day >= $3 and received_day < $1)::int as baseline
         from analysis_ticket_facts
         where received_day >= $3 and received_day <= $2 and address_key is not null and ($4::text is null or region_code = $4)
         group by address_key`;
  // Candidates: enough tickets in the period and a normal-approximation z above 2; the exact
  // test then ranks the (few) candidates.
  const ratio = periodDays / Math.max(1, baselineDays);
  const { rows } = await handle.pool.query<{ key: string; region_code: string; label: string; observed: number; baseline: number | null }>(
    `select * from (${counted}) c
     where observed >= $5 and (observed - (coalesce(baseline, 0) + 0.5) * $6) / sqrt((coalesce(baseline, 0) + 0.5) * $6) > 2
     order by (observed - (coalesce(baseline, 0) + 0.5) * $6) / sqrt((coalesce(baseline, 0) + 0.5) * $6) desc
     limit 500`,
    [period.from, period.to, baselineFrom, input.regionCode ?? null, MIN_OBSERVED[input.level], ratio],
  );
  const items = rows
    .map((row) => {
      const baseline = row.baseline ?? 0;
      const expected = expectedCount(baseline, baselineDays, periodDays);
      return {
        key: row.key,
        regionCode: row.region_code,
        label: row.label,
        observed: row.observed,
        baseline,
        expected: Math.round(expected * 100) / 100,
        ratio: Math.round((row.observed / expected) * 100) / 100,
        pValue: poissonUpperTail(row.observed, expected),
      };
    })
    .sort((a, b) => a.pValue - b.pValue || b.ratio - a.ratio)
    .slice(0, input.limit ?? 20);
  return { ...period, baselineFrom, baselineDays, test, items };
}
