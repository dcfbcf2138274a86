import { binIndex } from "./fineBins.js";
import type { CharacteristicBins, Level } from "./binningOptions.js";

const same = (a: Level, b: Level) => a === b;

/**
 * Where a value falls among a binned characteristic's WOE entries (range
 * bins, set bins, missing): a set bin listing it first, then the ranges.
 * Undefined — scored at WOE 0, the average — for a missing value with no
 * missing bin, and for a level no bin lists (unseen or unlisted).
 */
export function binAt(binned: CharacteristicBins, value: Level | undefined): number | undefined {
  if (value === undefined) return binned.missing ? binned.bins.length + binned.sets.length : undefined;
  const set = binned.sets.findIndex((s) => s.levels.some((l) => same(l, value)));
  if (set >= 0) return binned.bins.length + set;
  if (typeof value !== "number" || binned.bins.length === 0) return undefined;
  return binIndex(binned.bins.slice(1).map((b) => b.min as number), value);
}

/** Each record's WOE for one binned characteristic (see binAt; no bin → 0). */
export function woeColumn(values: readonly (Level | undefined)[], binned: CharacteristicBins): Float64Array {
  return Float64Array.from(values, (v) => {
    const at = binAt(binned, v);
    return at === undefined ? 0 : (binned.woe[at]?.woe ?? 0);
  });
}
