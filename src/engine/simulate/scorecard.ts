import { Decimal, ONE, type DecimalInput } from "../decimal.js";
import { ruleValue } from "./ruleValue.js";
import { sameLevel } from "./sameLevel.js";
import { compareTo } from "./threshold.js";
import type { Bin, Characteristic, CharacteristicPoints, Policy, Profile, RuleValue } from "./types.js";

/**
 * The bin a value scores in: a set bin listing it first (special values such
 * as 9999 get their own), then the range holding a number (the nearest when
 * none does); undefined when the value is missing or no bin can hold it (a
 * category level no set bin lists: the characteristic's `other`).
 */
export function binOf(c: Characteristic, value: RuleValue): Bin | undefined {
  if (value === undefined) return undefined;
  const set = c.bins.find((b) => b.levels !== undefined && b.levels.some((l) => sameLevel(value, l)));
  if (set || typeof value === "boolean" || typeof value === "string") return set;
  // Bins are [min, max).
  const bin = c.bins.find((b) => b.levels === undefined && (b.min === undefined || compareTo(value, b.min) >= 0) && (b.max === undefined || compareTo(value, b.max) < 0));
  if (bin) return bin;
  const ranges = c.bins.filter((b) => b.levels === undefined);
  return ranges.length ? nearestBin(ranges, new Decimal(value)) : undefined;
}

function pointsFor(c: Characteristic, value: RuleValue): number {
  if (value === undefined) return c.missing;
  return binOf(c, value)?.points ?? c.other ?? c.missing;
}

/**
 * The bin nearest a value no bin holds (zhimaScore 400 when bins start at 550;
 * maxDpd24m 120 when they end at 91). Such values are knocked out by the
 * default policy anyway; scoring them as the nearest bin rather than as
 * "missing" keeps the score monotone — a higher 芝麻分 never scores less.
 */
function nearestBin(bins: readonly Bin[], value: Decimal): Bin {
  const distance = (b: Bin) => (b.min !== undefined && value.lt(b.min.d) ? b.min.d.minus(value) : b.max !== undefined && value.gte(b.max.d) ? value.minus(b.max.d) : new Decimal(0));
  return bins.reduce((best, b) => (distance(b).lt(distance(best)) ? b : best));
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

const pdCache = new WeakMap<Policy["scaling"], Map<number, Decimal>>();

/**
 * PD = 1 / (1 + exp((score − offset) / factor)): the scorecard's good:bad odds
 * as a probability. Scores are whole points, so each policy meets a few
 * hundred of them: the decimal exp is computed once per score.
 */
export function probabilityOfDefault(score: number, scaling: Policy["scaling"]): Decimal {
  let byScore = pdCache.get(scaling);
  if (!byScore) pdCache.set(scaling, (byScore = new Map()));
  let pd = byScore.get(score);
  if (!pd) {
    pd = ONE.div(ONE.plus(new Decimal(score).minus(scaling.offset).div(scaling.factor).exp()));
    byScore.set(score, pd);
  }
  return pd;
}

/** Factor = pdo / ln 2, offset = points − factor·ln(odds). */
export function scalingFrom(points: DecimalInput, odds: DecimalInput, pdo: DecimalInput): Policy["scaling"] {
  const factor = new Decimal(pdo).div(new Decimal(2).ln());
  return { factor, offset: new Decimal(points).minus(factor.times(new Decimal(odds).ln())) };
}
