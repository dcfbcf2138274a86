import { Decimal, ZERO, type DecimalInput } from "../decimal.js";
import { interestOn } from "../money/fen.js";
import { toRate, type RateInput } from "../rates.js";
import { rowFrom, type AmortizationRow } from "../schedule.js";
import { withFirstPeriodInterest } from "./irregularFirst.js";
import type { MethodDefinition } from "./types.js";

/** 先息后本: interest round(P·r_k) each period, the whole principal with the last. The amount must be a whole number of 分. */
export function interestOnlyRows(amount: DecimalInput, rates: readonly RateInput[]): AmortizationRow[] {
  const principal = new Decimal(amount);
  return rates.map((rate, i) => rowFrom(principal, i === rates.length - 1 ? principal : ZERO, interestOn(principal, toRate(rate))));
}

export const interestOnly: MethodDefinition<"interest-only"> = {
  id: "interest-only",
  aliases: ["先息后本", "按期付息到期还本"],
  charges: "interest",
  rows: (req) => withFirstPeriodInterest(interestOnlyRows(req.principal, req.rates), req.principal, req.firstPeriodRate),
  // Either mode: interest on what is left, the principal at the end.
  prepay: ({ balance, rates }) => interestOnlyRows(balance, rates),
};
