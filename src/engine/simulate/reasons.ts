import { Decimal } from "../decimal.js";
import type { Bin, Characteristic, CharacteristicPoints, Policy, RuleValue, ScoreReason } from "./types.js";

/** How far a value lies from a bin (0 inside it): the best bin nearest the value is the one to name. */
function distance(bin: Bin, value: RuleValue): Decimal {
  if (value === undefined || typeof value === "boolean" || typeof value === "string" || bin.levels !== undefined) return new Decimal(0);
  const v = new Decimal(value);
  if (bin.min !== undefined && v.lt(bin.min.d)) return bin.min.d.minus(v);
  if (bin.max !== undefined && v.gte(bin.max.d)) return v.minus(bin.max.d);
  return new Decimal(0);
}

/** The bin of the characteristic's best points nearest the value; null when only `other` scores best. */
function nearestBestBin(c: Characteristic, value: RuleValue): Bin | null {
  return c.bins.filter((b) => b.points === c.best).reduce<Bin | null>((a, b) => (a === null || distance(b, value).lt(distance(a, value)) ? b : a), null);
}

/**
 * Characteristics that lost points, most lost first, ties in policy order, at
 * most the policy's `reasons.max` of them, each with the policy's code, the
 * value and the best bin nearest it: what an adverse or below-best decision
 * owes as explanation (the views word it).
 */
export function reasonsFrom(points: readonly CharacteristicPoints[], policy: Policy): ScoreReason[] {
  return points
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.pointsLost > 0)
    .sort((a, b) => b.p.pointsLost - a.p.pointsLost || a.order - b.order)
    .slice(0, policy.reasons.max)
    .map(({ p, order }) => {
      const c = policy.characteristics[order] as Policy["characteristics"][number];
      return { code: c.reason.code, pointsLost: p.pointsLost, field: c.field, value: p.value, bestBin: nearestBestBin(c, p.value) };
    });
}
