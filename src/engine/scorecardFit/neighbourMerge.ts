import type { BinCounts } from "./woeIv.js";

const size = (b: BinCounts) => b.goods + b.bads;
/** A bin's bad rate; an empty bin (only manual breaks keep one) counts as 0. */
export const badRate = (b: BinCounts) => (size(b) === 0 ? 0 : b.bads / size(b));

/** How two neighbours become one (ranges join end to end, groups join their levels). */
export type Join<T> = (a: T, b: T) => T;

/** The smallest bin under `minRecords` or without goods or without bads (the first on a tie), or −1. */
function weakest<T extends BinCounts>(bins: readonly T[], minRecords: number): number {
  let at = -1;
  bins.forEach((b, i) => {
    const weak = size(b) < minRecords || b.goods === 0 || b.bads === 0;
    if (weak && (at === -1 || size(b) < size(bins[at] as T))) at = i;
  });
  return at;
}

/**
 * Merges every bin under `minRecords`, or holding one class only, into the
 * neighbour with the closer bad rate (the left one on a tie), smallest first.
 * Joining two neighbours of a monotone run gives a rate between theirs, so a
 * monotone run stays monotone.
 */
export function mergeWeak<T extends BinCounts>(bins: readonly T[], minRecords: number, join: Join<T>): T[] {
  const out = [...bins];
  for (let i = weakest(out, minRecords); i >= 0 && out.length > 1; i = weakest(out, minRecords)) {
    const bin = out[i] as T;
    const left = out[i - 1];
    const right = out[i + 1];
    const toLeft = left !== undefined && (right === undefined || Math.abs(badRate(left) - badRate(bin)) <= Math.abs(badRate(right) - badRate(bin)));
    if (toLeft) out.splice(i - 1, 2, join(left, bin));
    else out.splice(i, 2, join(bin, right as T));
  }
  return out;
}

/** Merges the neighbour pair with the closest bad rates (the first on a tie) until at most `maxBins` are left. */
export function mergeToMax<T extends BinCounts>(bins: readonly T[], maxBins: number | undefined, join: Join<T>): T[] {
  const out = [...bins];
  while (maxBins !== undefined && out.length > Math.max(maxBins, 1)) {
    let at = 0;
    for (let i = 1; i + 1 < out.length; i++) {
      const gap = (k: number) => Math.abs(badRate(out[k + 1] as T) - badRate(out[k] as T));
      if (gap(i) < gap(at)) at = i;
    }
    out.splice(at, 2, join(out[at] as T, out[at + 1] as T));
  }
  return out;
}
