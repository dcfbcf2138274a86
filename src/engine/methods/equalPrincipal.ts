import { Decimal, type DecimalInput } from "../decimal.js";
import { fenOf } from "../money/fen.js";
import { amortizedRows } from "../money/safeFen.js";
import { roundMoney } from "../money/money.js";
import { toFenRate, toRate, type RateInput } from "../rates.js";
import type { AmortizationRow } from "../schedule.js";
import { amortizingPrepay } from "./amortizingPrepay.js";
import { withFirstPeriodInterest } from "./irregularFirst.js";
import type { MethodDefinition } from "./types.js";

/**
 * 等额本金: principal round(P/n) each period, the last period taking what is
 * left; interest = round(B·r_k) on the balance before the period. `share`
 * may be fixed by the caller (a prepayment that keeps the principal share).
 * Exact integer 分 arithmetic; the amount must be a whole number of 分.
 */
export function equalPrincipalRows(
  amount: DecimalInput,
  rate: RateInput,
  terms: number,
  rates: readonly RateInput[] = Array.from({ length: terms }, () => rate),
  share: Decimal = roundMoney(new Decimal(amount).div(terms)),
): AmortizationRow[] {
  const fen = fenOf(new Decimal(amount));
  return amortizedRows("principal", fen, rates.map((r) => toFenRate(toRate(r))), fenOf(share, "share"));
}

export const equalPrincipal: MethodDefinition<"equal-principal"> = {
  id: "equal-principal",
  aliases: ["等额本金"],
  charges: "interest",
  rows: (req) => withFirstPeriodInterest(equalPrincipalRows(req.principal, req.monthlyRate, req.terms, req.rates), req.principal, req.firstPeriodRate),
  // reduce-term keeps the principal share, round(P/n) of the loan as last amortized.
  prepay: amortizingPrepay(equalPrincipalRows, (q) => roundMoney(q.amount.div(q.terms))),
};
