import { Decimal, ZERO, type DecimalInput } from "./decimal.js";
import { roundMoney } from "./money.js";
import { applyRate, sumRates, toRate, type RateInput } from "./rate.js";
import { rowFrom, type AmortizationRow } from "./schedule.js";

/** 先息后本: interest round(P·r_k) each period, the whole principal with the last. */
export function interestOnlyRows(amount: DecimalInput, rates: readonly RateInput[]): AmortizationRow[] {
  const principal = new Decimal(amount);
  return rates.map((rate, i) => rowFrom(principal, i === rates.length - 1 ? principal : ZERO, roundMoney(applyRate(principal, toRate(rate)))));
}

/**
 * 一次性还本付息: nothing until the end, then principal and simple interest
 * round(P·Σr_k) — P·APR·n/12 monthly, P·APR/basis·days daily — as 利随本清 is charged.
 */
export function bulletRows(amount: DecimalInput, rates: readonly RateInput[]): AmortizationRow[] {
  const principal = new Decimal(amount);
  const interest = roundMoney(applyRate(principal, sumRates(rates.map(toRate))));
  return rates.map((_, i) => (i === rates.length - 1 ? rowFrom(principal, principal, interest) : rowFrom(principal, ZERO, ZERO)));
}
