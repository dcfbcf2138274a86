import type { CharacteristicPoints, Policy, Reason } from "./types.js";

/**
 * Characteristics that lost points, most lost first, ties in policy order, at
 * most the policy's `reasons.max` of them, each with the code and text the
 * policy gives it: the explanation an adverse or below-best decision owes.
 */
export function reasonsFrom(points: readonly CharacteristicPoints[], policy: Policy): Reason[] {
  return points
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.pointsLost > 0)
    .sort((a, b) => b.p.pointsLost - a.p.pointsLost || a.order - b.order)
    .slice(0, policy.reasons.max)
    .map(({ p, order }) => {
      const { reason } = policy.characteristics[order] as Policy["characteristics"][number];
      return { code: reason.code, text: reason.text, pointsLost: p.pointsLost };
    });
}
