import type { CharacteristicPoints, Policy, Reason } from "./types.js";

/** The reason code of characteristic Cnn is Rnn. */
function reasonCode(characteristicId: string): string {
  return characteristicId.replace(/^C/, "R");
}

/**
 * Characteristics that lost points, most lost first, ties in policy order, at
 * most `max` of them: the explanation an adverse or below-best decision owes.
 */
export function reasonsFrom(points: readonly CharacteristicPoints[], policy: Policy, max = 4): Reason[] {
  return points
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.pointsLost > 0)
    .sort((a, b) => b.p.pointsLost - a.p.pointsLost || a.order - b.order)
    .slice(0, max)
    .map(({ p, order }) => ({ code: reasonCode(p.id), text: (policy.characteristics[order] as Policy["characteristics"][number]).reason, pointsLost: p.pointsLost }));
}
