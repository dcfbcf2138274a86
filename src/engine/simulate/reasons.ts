import { reasonText } from "./reasonText.js";
import type { CharacteristicPoints, Policy, Reason } from "./types.js";

/**
 * Characteristics that lost points, most lost first, ties in policy order, at
 * most the policy's `reasons.max` of them, each with the code and text the
 * policy gives it, its text naming the value and what would score more: the
 * explanation an adverse or below-best decision owes.
 */
export function reasonsFrom(points: readonly CharacteristicPoints[], policy: Policy): Reason[] {
  return points
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.pointsLost > 0)
    .sort((a, b) => b.p.pointsLost - a.p.pointsLost || a.order - b.order)
    .slice(0, policy.reasons.max)
    .map(({ p, order }) => {
      const c = policy.characteristics[order] as Policy["characteristics"][number];
      return { code: c.reason.code, text: reasonText(c, p.value, p.pointsLost), pointsLost: p.pointsLost };
    });
}
