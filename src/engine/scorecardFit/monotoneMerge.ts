import type { CountedBin } from "./fineBins.js";
import { badRate, mergeWeak } from "./neighbourMerge.js";

/** Which way the bad rate must move as the value rises ("rising" is optbinning's "ascending"). */
export type Trend = "falling" | "rising";

/** Two neighbours as one bin. */
export function joinBins(a: CountedBin, b: CountedBin): CountedBin {
  return { ...(a.min === undefined ? {} : { min: a.min }), ...(b.max === undefined ? {} : { max: b.max }), goods: a.goods + b.goods, bads: a.bads + b.bads };
}

/** The first neighbour pair whose bad rates do not move strictly in `trend`'s direction, or −1. */
function firstViolation(bins: readonly CountedBin[], trend: Trend): number {
  for (let i = 0; i + 1 < bins.length; i++) {
    const step = badRate(bins[i + 1] as CountedBin) - badRate(bins[i] as CountedBin);
    if (trend === "falling" ? step >= 0 : step <= 0) return i;
  }
  return -1;
}

/**
 * Merges neighbours until the bad rate moves strictly in `trend`'s direction
 * (the first pair out of order each time), then merges every bin under
 * `minRecords`, or holding one class only, into the neighbour with the
 * closer bad rate (see mergeWeak).
 */
export function mergeMonotone(bins: readonly CountedBin[], trend: Trend, minRecords: number): CountedBin[] {
  const out = [...bins];
  for (let i = firstViolation(out, trend); i >= 0; i = firstViolation(out, trend)) out.splice(i, 2, joinBins(out[i] as CountedBin, out[i + 1] as CountedBin));
  return mergeWeak(out, minRecords, joinBins);
}
