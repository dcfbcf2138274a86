import { DEFAULT_BINNING, type BinningOptions, type CharacteristicBins, type SetBin } from "./binningOptions.js";
import { fineBins, type CountedBin } from "./fineBins.js";
import { manualBins } from "./manualBins.js";
import { joinBins, mergeMonotone, type Trend } from "./monotoneMerge.js";
import { mergeToMax, mergeWeak } from "./neighbourMerge.js";
import { woeTable, type BinCounts } from "./woeIv.js";

export type { CharacteristicBins } from "./binningOptions.js";

/** The share of all records every merged bin must hold, unless --min-bin-share says otherwise. */
export const MIN_BIN_SHARE = DEFAULT_BINNING.minBinShare;

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

const count = (into: { goods: number; bads: number }, t: 0 | 1) => (t === 1 ? into.bads++ : into.goods++);

/** WOE and IV over range bins, then set bins, then the missing bin. */
export function withWoe(bins: readonly CountedBin[], sets: readonly SetBin[], missing: BinCounts | undefined) {
  const table = woeTable([...bins, ...sets, ...(missing ? [missing] : [])]);
  return { woe: table.bins, iv: table.iv, ...(missing ? { missing } : {}) };
}

/**
 * A number characteristic: special values each in a bin of their own (one no
 * record has gets none), missing values in theirs, the rest in ranges — the
 * manual breaks when given, else fine quantile bins merged until monotone
 * (per `monotone`; "auto": `baseTrend`, else whichever trend keeps more IV,
 * falling on a tie), each holding minBinShare of all records, at most maxBins.
 */
export function binCharacteristic(values: readonly (number | undefined)[], targets: readonly (0 | 1)[], baseTrend: Trend | undefined, options: BinningOptions = DEFAULT_BINNING): CharacteristicBins {
  const special = [...new Set(options.special ?? [])];
  const specials = special.map((v): { levels: number[]; goods: number; bads: number } => ({ levels: [v], goods: 0, bads: 0 }));
  const missingCounts = { goods: 0, bads: 0 };
  const known: number[] = [];
  const knownTargets: (0 | 1)[] = [];
  values.forEach((v, i) => {
    const t = targets[i] as 0 | 1;
    const own = v === undefined ? missingCounts : specials[special.indexOf(v)];
    if (own) count(own, t);
    else (known.push(v as number), knownTargets.push(t));
  });
  const missing = missingCounts.goods + missingCounts.bads > 0 ? missingCounts : undefined;
  const seen = (s: SetBin) => s.goods + s.bads > 0;
  const sets: SetBin[] = specials.filter(seen);
  const shared = { kind: "number" as const, sets, absentSpecials: specials.filter((s) => !seen(s)).map((s) => s.levels[0] as number) };
  if (options.breaks) {
    const bins = manualBins(known, knownTargets, options.breaks);
    return { ...shared, trend: "none", trendFrom: "breaks", bins, ...withWoe(bins, sets, missing) };
  }
  const fine = known.length ? fineBins(known, knownTargets) : [];
  const minRecords = Math.ceil(options.minBinShare * values.length);
  const tryTrend = (trend: Trend | "none") => {
    const merged = trend === "none" ? mergeWeak(fine, minRecords, joinBins) : mergeMonotone(fine, trend, minRecords);
    const bins = mergeToMax(merged, options.maxBins, joinBins);
    return { trend, bins, ...withWoe(bins, sets, missing) };
  };
  if (options.monotone !== "auto") {
    const trend = options.monotone === "none" ? "none" : options.monotone === "ascending" ? "rising" : "falling";
    return { ...shared, ...tryTrend(trend), trendFrom: "option" };
  }
  if (baseTrend) return { ...shared, ...tryTrend(baseTrend), trendFrom: "base" };
  const falling = tryTrend("falling");
  const rising = tryTrend("rising");
  return { ...shared, ...(rising.iv > falling.iv ? rising : falling), trendFrom: "best" };
}
