import { fineBins, type CountedBin } from "./fineBins.js";
import { mergeMonotone, type Trend } from "./monotoneMerge.js";
import { woeTable, type BinCounts, type BinWoe } from "./woeIv.js";

/** The share of all records every merged bin must hold. */
export const MIN_BIN_SHARE = 0.05;

/** One characteristic binned: its value bins, its missing-value bin, WOE and IV over both. */
export interface CharacteristicBins {
  readonly trend: Trend;
  /** "base": the trend the base policy's points imply; "best": theirs is not monotone, so the trend with the higher IV. */
  readonly trendFrom: "base" | "best";
  readonly bins: readonly CountedBin[];
  /** Records without a value; absent when every record has one. */
  readonly missing?: BinCounts;
  /** WOE of `bins`, then of `missing` when present. */
  readonly woe: readonly BinWoe[];
  readonly iv: number;
}

/**
 * The trend a policy's points imply, bins in value order: points rising with
 * the value mean the bad rate falls. Undefined when the points go both ways
 * or are all equal.
 */
export function trendOfPoints(points: readonly number[]): Trend | undefined {
  const steps = points.slice(1).map((p, i) => p - (points[i] as number));
  if (steps.every((s) => s >= 0) && steps.some((s) => s > 0)) return "falling";
  if (steps.every((s) => s <= 0) && steps.some((s) => s < 0)) return "rising";
  return undefined;
}

function withWoe(bins: CountedBin[], missing: BinCounts | undefined): { bins: CountedBin[]; woe: BinWoe[]; iv: number } {
  const table = woeTable(missing ? [...bins, missing] : bins);
  return { bins, woe: table.bins, iv: table.iv };
}

/**
 * Fine quantile bins, merged until the bad rate is monotone in `baseTrend`
 * (or, when that is undefined, in whichever trend keeps more IV — falling on
 * a tie) and each bin holds MIN_BIN_SHARE of all records; missing values are
 * their own bin.
 */
export function binCharacteristic(values: readonly (number | undefined)[], targets: readonly (0 | 1)[], baseTrend: Trend | undefined): CharacteristicBins {
  const known: number[] = [];
  const knownTargets: (0 | 1)[] = [];
  let goods = 0;
  let bads = 0;
  values.forEach((v, i) => {
    const t = targets[i] as 0 | 1;
    if (v === undefined) t === 1 ? bads++ : goods++;
    else (known.push(v), knownTargets.push(t));
  });
  const missing = goods + bads > 0 ? { goods, bads } : undefined;
  const fine = known.length ? fineBins(known, knownTargets) : [];
  const minRecords = Math.ceil(MIN_BIN_SHARE * values.length);
  const tryTrend = (trend: Trend) => ({ trend, ...withWoe(mergeMonotone(fine, trend, minRecords), missing) });
  if (baseTrend) return { ...tryTrend(baseTrend), trendFrom: "base", ...(missing ? { missing } : {}) };
  const falling = tryTrend("falling");
  const rising = tryTrend("rising");
  return { ...(rising.iv > falling.iv ? rising : falling), trendFrom: "best", ...(missing ? { missing } : {}) };
}
