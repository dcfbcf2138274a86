import type { CharacteristicBins } from "../../engine/scorecardFit/binningOptions.js";

/**
 * A fitted characteristic's bins as the policy writes them: range bins, then
 * set bins (special values, a category's groups), the missing points (0, the
 * average, without a missing bin) and, for a category, `other`: the points
 * of a level no bin lists — WOE 0, the average, so 0 points.
 */
export function policyBins(binned: CharacteristicBins, points: readonly number[]) {
  const ranges = binned.bins.map((b, i) => ({ ...(b.min === undefined ? {} : { min: b.min }), ...(b.max === undefined ? {} : { max: b.max }), points: points[i] as number }));
  const sets = binned.sets.map((s, i) => ({ levels: [...s.levels], points: points[ranges.length + i] as number }));
  const missing = binned.missing ? (points[ranges.length + sets.length] as number) : 0;
  return { missing, bins: [...ranges, ...sets], ...(binned.kind === "category" ? { other: 0 } : {}) };
}
