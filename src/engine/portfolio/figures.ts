import { Decimal } from "../decimal.js";

// Integer sums into the result's decimal strings, each rounded once, half-up.

/** A sum of 分 over `runs` runs as the mean in CNY, 2 places. */
export function money(fen: bigint, runs = 1): string {
  return new Decimal(fen.toString()).div(100 * runs).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** A count summed over `runs` runs as its mean (2 places at most). */
export function count(n: bigint, runs = 1): number {
  return new Decimal(n.toString()).div(runs).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** A sum of 分 per count (a mean over both) in CNY, 2 places; 0 when the count is 0. */
export function moneyPer(fen: bigint, n: bigint): string {
  return n === 0n ? "0.00" : new Decimal(fen.toString()).div(n.toString()).div(100).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** a ÷ b, 4 places; 0 when there is nothing to divide by. */
export function ratio(a: bigint, b: bigint): string {
  return b === 0n ? "0.0000" : new Decimal(a.toString()).div(b.toString()).toFixed(4, Decimal.ROUND_HALF_UP);
}

/** Σ PD in units of 1e-10 over n as a mean PD, 4 places; null when n is 0. */
export function meanPd(units: bigint, n: bigint): string | null {
  return n === 0n ? null : new Decimal(units.toString()).div(new Decimal(n.toString()).times(1e10)).toFixed(4, Decimal.ROUND_HALF_UP);
}

/**
 * The month (1..) of the highest dpd90plus ÷ outstanding among months with a
 * current balance left, compared exactly (cross-multiplied); the first such
 * month, or 0.
 */
export function peakMonth(outstanding: readonly bigint[], dpd90plus: readonly bigint[], current: readonly bigint[], horizon: number): number {
  let best = 0;
  for (let k = 1; k <= horizon; k++) {
    const [o, m] = [outstanding[k] ?? 0n, dpd90plus[k] ?? 0n];
    if (o === 0n || m === 0n || (current[k] ?? 0n) === 0n) continue;
    const [bo, bm] = [outstanding[best] ?? 0n, dpd90plus[best] ?? 0n];
    if (best === 0 || m * bo > bm * o) best = k;
  }
  return best;
}

/** Σ over months 0..horizon: month 0's end (the booking month) included. */
export function sumMonths(values: readonly bigint[], horizon: number): bigint {
  let s = 0n;
  for (let k = 0; k <= horizon; k++) s += values[k] ?? 0n;
  return s;
}

/**
 * The 5th and 95th percentiles of the run totals, by the nearest-rank method:
 * the ⌈p/100·N⌉-th smallest value (so with one run both are that run).
 */
export function nearestRank(values: readonly Decimal[], p: number): Decimal {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as Decimal;
}
