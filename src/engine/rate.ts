import { Decimal, type DecimalInput } from "./decimal.js";

/**
 * A rate per period as an exact fraction num/den. APR/12 is kept as
 * (APR, 1200) rather than 0.0106458333…, so that round(B·r) rounds the exact
 * product: a true half 分 rounds up, as the spec's half-up rule wants.
 */
export interface Rate {
  readonly num: Decimal;
  readonly den: Decimal;
}

/** What rate parameters accept: a plain per-period fraction or an exact Rate. */
export type RateInput = DecimalInput | Rate;

const ONE = new Decimal(1);

/** True when the value is an exact Rate rather than a plain number. */
export function isRate(value: RateInput): value is Rate {
  return typeof value === "object" && value !== null && "num" in value && "den" in value;
}

/** A Rate from either form (a plain value v is v/1). */
export function toRate(value: RateInput): Rate {
  return isRate(value) ? value : { num: new Decimal(value), den: ONE };
}

/** APR/12 for an APR in percent, exactly: (APR, 1200). */
export function monthlyRateOf(aprPercent: DecimalInput): Rate {
  return { num: new Decimal(aprPercent), den: new Decimal(1200) };
}

/** APR ÷ basis × days for an APR in percent, exactly: (APR·days, 100·basis). */
export function dailyRateOf(aprPercent: DecimalInput, basis: number, days: number): Rate {
  return { num: new Decimal(aprPercent).times(days), den: new Decimal(100 * basis) };
}

/** B·r, unrounded (exact to the configured precision: one division, last). */
export function applyRate(amount: Decimal, r: Rate): Decimal {
  return amount.times(r.num).div(r.den);
}

/** The rate as one decimal value (for present values and guesses, never for rounding money). */
export function rateValue(r: Rate): Decimal {
  return r.num.div(r.den);
}

/** Σ of rates; exact when they share a denominator, as a period's rates always do here. */
export function sumRates(rates: readonly Rate[]): Rate {
  const den = rates[0]?.den ?? ONE;
  if (rates.every((r) => r.den.eq(den))) return { num: rates.reduce((s, r) => s.plus(r.num), new Decimal(0)), den };
  return { num: rates.reduce((s, r) => s.plus(rateValue(r)), new Decimal(0)), den: ONE };
}
