import { withWoe } from "./binCharacteristic.js";
import { DEFAULT_BINNING, type BinningOptions, type CharacteristicBins, type Level, type SetBin } from "./binningOptions.js";
import { badRate, mergeToMax, mergeWeak } from "./neighbourMerge.js";

const joinSets = (a: SetBin, b: SetBin): SetBin => ({ levels: [...a.levels, ...b.levels], goods: a.goods + b.goods, bads: a.bads + b.bads });
const text = (l: Level) => `${typeof l}:${String(l)}`;

/**
 * A category (or boolean) characteristic. With manual `groups`: exactly those
 * groups (an empty one kept), levels no group lists set apart as `unlisted`.
 * Otherwise each level starts as its own group; groups are ordered by bad
 * rate (level text on a tie) and neighbours merged until each holds
 * minBinShare of all records, has goods and bads, and at most maxBins are
 * left. Missing values are their own bin.
 */
export function binCategories(values: readonly (Level | undefined)[], targets: readonly (0 | 1)[], options: BinningOptions = DEFAULT_BINNING): CharacteristicBins {
  const byLevel = new Map<string, { level: Level; goods: number; bads: number }>();
  const missingCounts = { goods: 0, bads: 0 };
  values.forEach((v, i) => {
    const into = v === undefined ? missingCounts : byLevel.get(text(v)) ?? byLevel.set(text(v), { level: v, goods: 0, bads: 0 }).get(text(v))!;
    if (targets[i] === 1) into.bads++;
    else into.goods++;
  });
  const missing = missingCounts.goods + missingCounts.bads > 0 ? missingCounts : undefined;
  const shared = { kind: "category" as const, trend: "none" as const, bins: [], absentSpecials: [] };
  if (options.groups) {
    const counts = options.groups.map(() => ({ goods: 0, bads: 0 }));
    const unlisted = { levels: [] as Level[], goods: 0, bads: 0 };
    for (const [key, c] of byLevel) {
      const at = options.groups.findIndex((g) => g.some((l) => text(l) === key));
      const into = at >= 0 ? counts[at]! : unlisted;
      if (at < 0) unlisted.levels.push(c.level);
      into.goods += c.goods;
      into.bads += c.bads;
    }
    const sets = options.groups.map((levels, i): SetBin => ({ levels, ...counts[i]! }));
    return { ...shared, trendFrom: "breaks", sets, ...withWoe([], sets, missing), ...(unlisted.levels.length ? { unlisted } : {}) };
  }
  const ordered = [...byLevel.values()]
    .map((c): SetBin => ({ levels: [c.level], goods: c.goods, bads: c.bads }))
    .sort((a, b) => badRate(a) - badRate(b) || (String(a.levels[0]) < String(b.levels[0]) ? -1 : 1));
  const minRecords = Math.ceil(options.minBinShare * values.length);
  const sets = mergeToMax(mergeWeak(ordered, minRecords, joinSets), options.maxBins, joinSets);
  return { ...shared, trendFrom: "levels", sets, ...withWoe([], sets, missing) };
}
