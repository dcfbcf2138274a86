/** A bin of values [min, max) (no min: from −∞; no max: to +∞) and its counts. */
export interface CountedBin {
  readonly min?: number;
  readonly max?: number;
  readonly goods: number;
  readonly bads: number;
}

/** How many fine bins binning starts from, before merging. */
export const FINE_BINS = 20;

/** A cut as people write it: 4 significant digits (0.2857… → 0.2857, 123456 → 123500). */
const roundCut = (value: number) => Number(value.toPrecision(4));

/** Which bin a value falls in: the number of cuts at or below it (cuts ascending). */
export function binIndex(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cuts[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Goods and bads in each of the cuts.length + 1 bins the ascending cuts make. */
export function countByCuts(values: readonly number[], targets: readonly (0 | 1)[], cuts: readonly number[]): { goods: number[]; bads: number[] } {
  const goods = new Array<number>(cuts.length + 1).fill(0);
  const bads = new Array<number>(cuts.length + 1).fill(0);
  values.forEach((v, i) => {
    const at = binIndex(cuts, v);
    if (targets[i] === 1) bads[at] = (bads[at] as number) + 1;
    else goods[at] = (goods[at] as number) + 1;
  });
  return { goods, bads };
}

/**
 * The cuts: the k/20 quantiles, and around every value that alone holds 1/20
 * of the records (0 late days for most people) a cut on each side, so it
 * gets a bin of its own rather than swallowing its neighbours. Rounded to 4
 * significant digits, ascending, repeats and cuts at the minimum dropped.
 */
function cutsOf(sorted: Float64Array, count: number): number[] {
  const candidates: number[] = [];
  for (let k = 1; k < count; k++) candidates.push(sorted[Math.floor((k * sorted.length) / count)] as number);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if ((j - i) * count >= sorted.length) candidates.push(sorted[i] as number, ...(j < sorted.length ? [sorted[j] as number] : []));
    i = j;
  }
  const min = sorted[0] as number;
  return [...new Set(candidates.map(roundCut))].filter((c) => c > min).sort((a, b) => a - b);
}

/**
 * Fine quantile bins of the known values (a field with few distinct values
 * gets fewer), then empty bins folded into a neighbour. The first bin is
 * open below and the last open above.
 */
export function fineBins(values: readonly number[], targets: readonly (0 | 1)[], count = FINE_BINS): CountedBin[] {
  const sorted = Float64Array.from(values).sort();
  const cuts = cutsOf(sorted, count);
  const { goods, bads } = countByCuts(values, targets, cuts);
  const bins: CountedBin[] = [];
  for (let i = 0; i <= cuts.length; i++) {
    if (goods[i] === 0 && bads[i] === 0) continue;
    // An empty bin's range goes to the bin before it (or, first, to the next).
    const min = bins.length === 0 ? undefined : cuts[i - 1];
    bins.push({ ...(min === undefined ? {} : { min }), goods: goods[i] as number, bads: bads[i] as number });
  }
  return bins.map((b, i) => {
    const next = bins[i + 1];
    return next?.min === undefined ? b : { ...b, max: next.min };
  });
}
