import { Decimal, ONE, ZERO } from "../decimal.js";
import { boundedMemo } from "../boundedMemo.js";
import * as rates from "../rates.js";
import type { Band, LimitConstraint, Policy, Profile } from "./types.js";

const annuityFactors = boundedMemo<Decimal>();

/** (1 − (1+r)^−n) / r, memoized per (r, n): a batch meets a handful of prices and terms (a third of simulate's time without). */
function annuityFactor(r: Decimal, n: number): Decimal {
  return annuityFactors(`${r.toString()}/${n}`, () => (r.isZero() ? new Decimal(n) : ONE.minus(ONE.plus(r).pow(-n)).div(r)));
}

/** Present value of `payment` a month over `n` months at monthly rate `r`. */
export function presentValue(payment: Decimal, r: Decimal, n: number): Decimal {
  return payment.times(annuityFactor(r, n));
}

/** Rounds down to a multiple of `step` (limits are offered in 500s). */
export function floorToStep(value: Decimal, step: Decimal): Decimal {
  return value.div(step).floor().times(step);
}

export interface LimitResult {
  readonly limit: Decimal;
  readonly binding: LimitConstraint;
  /** max(0, DSR cap × income − existing debt): what a new installment may take; undefined when `missingMoney: "ignore"` leaves it unknown. */
  readonly paymentCapacity: Decimal | undefined;
  readonly monthlyRate: Decimal;
}

/**
 * The credit limit: the smallest of the named candidates, in the spec's order
 * (the first wins a tie), rounded down to the step. Missing money counts as 0,
 * or under `missingMoney: "ignore"` leaves out the candidates that read it
 * (spend: spend12m; income: monthlyIncome; capacity: monthlyIncome and
 * existingMonthlyDebt); the product, band and regulatory caps always apply.
 */
export function creditLimit(profile: Profile, band: Band, apr: Decimal, rules: Policy["limit"], monthlyRate = rates.monthlyRate(apr)): LimitResult {
  // Income may be missing when a policy's requiredFields leave it out.
  const income = profile.monthlyIncome as number | undefined;
  const ignore = rules.missingMoney === "ignore";
  // Money is decimal from here: 0.6 × 10,000 must be 6,000, not 5,999.999….
  const capacityKnown = !ignore || (income !== undefined && profile.existingMonthlyDebt !== undefined);
  const paymentCapacity = capacityKnown ? Decimal.max(ZERO, band.dsrCap.times(income ?? 0).minus(profile.existingMonthlyDebt ?? 0)) : undefined;
  const longest = band.terms.reduce((m, t) => Math.max(m, t), 0); // no spread: terms come from a policy file
  const candidates: [LimitConstraint, Decimal][] = [
    ["product", rules.productMax],
    ["band", band.maxLimit],
  ];
  if (!ignore || profile.spend12m !== undefined) candidates.push(["spend", band.spendMultiple.times(profile.spend12m ?? 0)]);
  if (!ignore || income !== undefined) candidates.push(["income", band.incomeMultiple.times(income ?? 0)]);
  if (paymentCapacity !== undefined) candidates.push(["capacity", presentValue(paymentCapacity, monthlyRate, longest)]);
  candidates.push(["regulatory", Decimal.max(ZERO, rules.regulatoryCap.minus(profile.existingPlatformConsumerCredit ?? 0))]);
  let [binding, smallest] = candidates[0] as [LimitConstraint, Decimal];
  for (const [name, value] of candidates) {
    if (value.lt(smallest)) [binding, smallest] = [name, value];
  }
  return { limit: floorToStep(smallest, rules.step), binding, paymentCapacity, monthlyRate };
}
