import { Decimal, ZERO, type DecimalInput } from "../decimal.js";
import { interestOn } from "../money/fen.js";
import { sumRates, toRate, type RateInput } from "../rates.js";
import { rowFrom, type AmortizationRow } from "../schedule.js";
import type { MethodDefinition } from "./types.js";

/**
 * 一次性还本付息: nothing until the end, then principal and simple interest
 * round(P·Σr_k) — P·APR·n/12 monthly, P·APR/basis·days daily — as 利随本清 is charged.
 * The amount must be a whole number of 分.
 */
export function bulletRows(amount: DecimalInput, rates: readonly RateInput[]): AmortizationRow[] {
  const principal = new Decimal(amount);
  const interest = interestOn(principal, sumRates(rates.map(toRate)));
  return rates.map((_, i) => (i === rates.length - 1 ? rowFrom(principal, principal, interest) : rowFrom(principal, ZERO, ZERO)));
}

export const bullet: MethodDefinition<"bullet"> = {
  id: "bullet",
  aliases: ["一次性还本付息"],
  charges: "interest",
  // An irregular first period accrues for its actual days, the others as before.
  rows: (req) => bulletRows(req.principal, req.firstPeriodRate ? [req.firstPeriodRate, ...req.rates.slice(1)] : req.rates),
  prepay: undefined,
  disclosesSimpleRate: true,
};
