import { Decimal, type DecimalInput } from "./decimal.js";

/** Days in a year used to turn an annual rate into a daily one. */
export type YearBasis = 365 | 360;

/** The year bases a daily rate may be quoted on. */
export const YEAR_BASES: readonly YearBasis[] = [365, 360];

/** Daily rate (percent) for an annual rate (percent): APR ÷ basis. */
export function dailyFromAnnual(aprPercent: DecimalInput, basis: YearBasis): Decimal {
  return new Decimal(aprPercent).div(basis);
}

/** Annual rate (percent) for a daily rate (percent): D × basis. */
export function annualFromDaily(dailyPercent: DecimalInput, basis: YearBasis): Decimal {
  return new Decimal(dailyPercent).times(basis);
}

/** The per-period fraction for monthly methods: APR / 12, never rounded (spec). */
export function monthlyRate(aprPercent: DecimalInput): Decimal {
  return new Decimal(aprPercent).div(1200);
}
