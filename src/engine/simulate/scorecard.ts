import { Decimal, ONE, type DecimalInput } from "../decimal.js";
import { ruleValue } from "./ruleValue.js";
import type { Characteristic, CharacteristicPoints, Policy, Profile, RuleValue } from "./types.js";

function pointsFor(c: Characteristic, value: RuleValue): number {
  if (value === undefined || typeof value === "boolean") return c.missing;
  // Bins are [min, max). A value no bin holds (possible only under a custom
  // policy whose bins leave gaps) scores as missing rather than failing.
  const bin = c.bins.find((b) => (b.min === undefined || value.gte(b.min)) && (b.max === undefined || value.lt(b.max)));
  return bin ? bin.points : c.missing;
}

/** Base points plus one bin per characteristic, with what each scored and lost. */
export function scoreProfile(profile: Profile, policy: Policy): { score: number; points: CharacteristicPoints[] } {
  let score = policy.base;
  const points = policy.characteristics.map((c) => {
    const value = ruleValue(profile, c.field);
    const scored = pointsFor(c, value);
    score += scored;
    return { id: c.id, field: c.field, value, points: scored, pointsLost: c.best - scored };
  });
  return { score, points };
}

/** PD = 1 / (1 + exp((score − offset) / factor)): the scorecard's good:bad odds as a probability. */
export function probabilityOfDefault(score: number, scaling: Policy["scaling"]): Decimal {
  return ONE.div(ONE.plus(new Decimal(score).minus(scaling.offset).div(scaling.factor).exp()));
}

/** Factor = pdo / ln 2, offset = points − factor·ln(odds). */
export function scalingFrom(points: DecimalInput, odds: DecimalInput, pdo: DecimalInput): Policy["scaling"] {
  const factor = new Decimal(pdo).div(new Decimal(2).ln());
  return { factor, offset: new Decimal(points).minus(factor.times(new Decimal(odds).ln())) };
}
