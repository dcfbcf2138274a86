import type { CountedBin } from "./fineBins.js";

/** Which way the bad rate must move as the value rises. */
export type Trend = "falling" | "rising";

const rate = (b: CountedBin) => b.bads / (b.goods + b.bads);
const size = (b: CountedBin) => b.goods + b.bads;

/** Two neighbours as one bin. */
export function joinBins(a: CountedBin, b: CountedBin): CountedBin {
  return { ...(a.min === undefined ? {} : { min: a.min }), ...(b.max === undefined ? {} : { max: b.max }), goods: a.goods + b.goods, bads: a.bads + b.bads };
}

/** The first neighbour pair whose bad rates do not move strictly in `trend`'s direction, or −1. */
function firstViolation(bins: readonly CountedBin[], trend: Trend): number {
  for (let i = 0; i + 1 < bins.length; i++) {
    const step = rate(bins[i + 1] as CountedBin) - rate(bins[i] as CountedBin);
    if (trend === "falling" ? step >= 0 : step <= 0) return i;
  }
  return -1;
}

/** The smallest bin under `minRecords` or without goods or without bads (the first on a tie), or −1. */
function weakest(bins: readonly CountedBin[], minRecords: number): number {
  let at = -1;
  bins.forEach((b, i) => {
    const weak = size(b) < minRecords || b.goods === 0 || b.bads === 0;
    if (weak && (at === -1 || size(b) < size(bins[at] as CountedBin))) at = i;
  });
  return at;
}

/**
 * Merges neighbours until the bad rate moves strictly in `trend`'s direction
 * (the first pair out of order each time), then merges every bin under
 * `minRecords`, or holding one class only, into the neighbour with the
 * closer bad rate (the left one on a tie). Joining two neighbours of a
 * monotone run gives a rate between theirs, so the run stays monotone.
 */
export function mergeMonotone(bins: readonly CountedBin[], trend: Trend, minRecords: number): CountedBin[] {
  const out = [...bins];
  for (let i = firstViolation(out, trend); i >= 0; i = firstViolation(out, trend)) out.splice(i, 2, joinBins(out[i] as CountedBin, out[i + 1] as CountedBin));
  for (let i = weakest(out, minRecords); i >= 0 && out.length > 1; i = weakest(out, minRecords)) {
    const bin = out[i] as CountedBin;
    const left = out[i - 1];
    const right = out[i + 1];
    const toLeft = left !== undefined && (right === undefined || Math.abs(rate(left) - rate(bin)) <= Math.abs(rate(right) - rate(bin)));
    if (toLeft) out.splice(i - 1, 2, joinBins(left, bin));
    else out.splice(i, 2, joinBins(bin, right as CountedBin));
  }
  return out;
}
