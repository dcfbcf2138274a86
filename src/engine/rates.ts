import { Decimal, ONE, ZERO, type DecimalInput } from "./decimal.js";
import { daysBetween, type IsoDate } from "./dates.js";

// Every rate the engine uses, in one place: annual ↔ daily percents, the exact
// per-period Rate fraction (APR/12 is made here and nowhere else), and its
// integer form for the 分 arithmetic.

/** Days in a year used to turn an annual rate into a daily one. */
export type YearBasis = 365 | 360;

/** The year bases a daily rate may be quoted on. */
export const YEAR_BASES: readonly YearBasis[] = [365, 360];

/** How interest accrues: per month at APR/12, or per actual day at APR ÷ year basis. */
export type InterestBasis = "monthly" | "daily";

/** Both ways of charging interest. */
export const INTEREST_BASES: readonly InterestBasis[] = ["monthly", "daily"];

/** Daily rate (percent) for an annual rate (percent): APR ÷ basis. */
export function dailyFromAnnual(aprPercent: DecimalInput, basis: YearBasis): Decimal {
  return new Decimal(aprPercent).div(basis);
}

/** Annual rate (percent) for a daily rate (percent): D × basis. */
export function annualFromDaily(dailyPercent: DecimalInput, basis: YearBasis): Decimal {
  return new Decimal(dailyPercent).times(basis);
}

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

/** True when the value is an exact Rate rather than a plain number. */
export function isRate(value: RateInput): value is Rate {
  return typeof value === "object" && value !== null && "num" in value && "den" in value;
}

/** A Rate from either form (a plain value v is v/1). */
export function toRate(value: RateInput): Rate {
  return isRate(value) ? value : { num: new Decimal(value), den: ONE };
}

/** APR/12 for an APR in percent, exactly: (APR, 1200). The one place APR/12 is made. */
export function monthlyRateOf(aprPercent: DecimalInput): Rate {
  if (!(aprPercent instanceof Decimal)) return { num: new Decimal(aprPercent), den: TWELVE_HUNDRED };
  // The same Rate for the same APR object asked twice in a row (a quote asks for its rate,
  // then its periods' rates), so its exact fraction (toFenRate) is worked out once.
  if (lastMonthly?.num !== aprPercent) lastMonthly = { num: aprPercent, den: TWELVE_HUNDRED };
  return lastMonthly;
}

const TWELVE_HUNDRED = new Decimal(1200);
let lastMonthly: Rate | undefined;

/** APR ÷ basis × days for an APR in percent, exactly: (APR·days, 100·basis). */
export function dailyRateOf(aprPercent: DecimalInput, basis: number, days: number): Rate {
  return { num: new Decimal(aprPercent).times(days), den: new Decimal(100 * basis) };
}

/** The rate as one decimal value (for present values and guesses, never for rounding money). */
export function rateValue(r: Rate): Decimal {
  return r.num.div(r.den);
}

/** The per-period fraction for monthly methods as one decimal: APR / 12, never rounded (spec). */
export function monthlyRate(aprPercent: DecimalInput): Decimal {
  return rateValue(monthlyRateOf(aprPercent));
}

/**
 * Σ of rates, exactly: over their common denominator, or the product of their
 * distinct denominators (a fixed due day's first period APR·days/36500 beside
 * APR/1200 months).
 */
export function sumRates(rates: readonly Rate[]): Rate {
  const den = rates[0]?.den ?? ONE;
  if (rates.every((r) => r.den.eq(den))) return { num: rates.reduce((s, r) => s.plus(r.num), ZERO), den };
  const dens = rates.map((r) => r.den).filter((d, i, all) => all.findIndex((e) => e.eq(d)) === i);
  const common = dens.reduce((p, d) => p.times(d), ONE);
  return { num: rates.reduce((s, r) => s.plus(r.num.times(common.div(r.den))), ZERO), den: common };
}

/**
 * The exact rate charged on the balance in each period: APR/12 for monthly
 * interest; APR ÷ basis × the period's actual days (first day counted, last
 * not) for daily interest, as 借呗 and 微粒贷 charge.
 */
export function periodRates(aprPercent: DecimalInput, interest: InterestBasis, yearBasis: YearBasis, start: IsoDate, dueDates: readonly IsoDate[]): Rate[] {
  if (interest === "monthly") {
    const r = monthlyRateOf(aprPercent);
    return dueDates.map(() => r);
  }
  return dueDates.map((due, i) => dailyRateOf(aprPercent, yearBasis, daysBetween(i === 0 ? start : (dueDates[i - 1] as IsoDate), due)));
}

/** A Rate as a reduced fraction of integers, for exact integer 分 arithmetic. */
export interface FenRate {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The exact integer fraction of a Rate whose parts are finite decimals (as every APR is): 12.775/1200 → 511/48000. */
export function toFenRate(r: Rate): FenRate {
  // A schedule asks once per period, usually for the same Rate object as the last time.
  if (lastFen?.[0] !== r) lastFen = [r, fenRateOf(r)];
  return lastFen[1];
}

let lastFen: [Rate, FenRate] | undefined;

function fenRateOf(r: Rate): FenRate {
  const places = Math.max(r.num.decimalPlaces(), r.den.decimalPlaces());
  const digits = (d: Decimal) => BigInt(d.toFixed(places).replace(".", ""));
  const [num, den] = [digits(r.num), digits(r.den)];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}
