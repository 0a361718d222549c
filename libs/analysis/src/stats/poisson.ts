// The hotspot test. A county's (or an address's) tickets in the period are taken as a
// Poisson count whose rate is its own baseline; the one-sided p-value says how unlikely a
// count at least this high is if nothing changed. Exact tail, summed in log space.

/** P(X ≥ observed) for X ~ Poisson(expected). */
export function poissonUpperTail(observed: number, expected: number): number {
  if (observed <= 0) return 1;
  if (expected <= 0) return 0;
  // 1 − P(X ≤ observed − 1), with terms built iteratively: t_i = t_{i-1} · λ / i.
  let logTerm = -expected;
  let cdf = Math.exp(logTerm);
  for (let i = 1; i < observed; i++) {
    logTerm += Math.log(expected) - Math.log(i);
    cdf += Math.exp(logTerm);
  }
  if (cdf < 0.999) return Math.max(0, 1 - cdf);
  // Close to 1: sum the upper tail directly instead, to keep its precision.
  let tail = 0;
  let log = -expected + observed * Math.log(expected) - logFactorial(observed);
  for (let i = observed; i < observed + 1000; i++) {
    const term = Math.exp(log);
    tail += term;
    if (term < tail * 1e-15) break;
    log += Math.log(expected) - Math.log(i + 1);
  }
  return Math.min(1, tail);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/**
 * The rate expected in the period from the baseline count: the baseline's daily rate times the
 * period's days. Half a ticket is added to the baseline so a place never seen before gets a
 * small, not a zero, rate (a zero rate would make any single ticket infinitely significant).
 */
export function expectedCount(baselineTickets: number, baselineDays: number, periodDays: number): number {
  if (baselineDays <= 0) return 0;
  return ((baselineTickets + 0.5) * periodDays) / baselineDays;
}
