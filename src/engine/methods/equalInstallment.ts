import { Decimal, type DecimalInput } from "../decimal.js";
import { fenOf, fromFen, installmentFen } from "../money/fen.js";
import { amortizedRows } from "../money/safeFen.js";
import { monthlyRateOf, toFenRate, toRate, type RateInput } from "../rates.js";
import type { AmortizationRow } from "../schedule.js";
import { amortizingPrepay } from "./amortizingPrepay.js";
import { withFirstPeriodInterest } from "./irregularFirst.js";
import type { MethodDefinition } from "./types.js";

/**
 * The 等额本息 installment A = round(P·r·(1+r)^n / ((1+r)^n − 1)), or round(P/n)
 * when r = 0. `rate` is the per-period rate: best as an exact Rate
 * (monthlyRateOf(APR)); a plain value is taken as it is. The amount must be a
 * whole number of 分 (LoanInputError on "amount" otherwise).
 */
export function equalInstallmentPayment(amount: DecimalInput, rate: RateInput, terms: number): Decimal {
  return fromFen(installmentFen(fenOf(new Decimal(amount)), toFenRate(toRate(rate)), terms));
}

/**
 * 等额本息: every period pays A (computed at `rate`); interest = round(B·r_k) on
 * the balance, where r_k is `rate` or, under daily interest, the period's own
 * rate; the rest is principal; the last period clears the balance.
 * `installment` may be fixed by the caller (a prepayment that keeps the payment).
 * Exact integer 分 arithmetic; the amount must be a whole number of 分.
 */
export function equalInstallmentRows(
  amount: DecimalInput,
  rate: RateInput,
  terms: number,
  rates: readonly RateInput[] = Array.from({ length: terms }, () => rate),
  installment?: Decimal,
): AmortizationRow[] {
  const p = new Decimal(amount);
  const fixed = installment ?? equalInstallmentPayment(p, rate, terms);
  return amortizedRows("installment", fenOf(p), rates.map((r) => toFenRate(toRate(r))), fenOf(fixed, "installment"));
}

export const equalInstallment: MethodDefinition<"equal-installment"> = {
  id: "equal-installment",
  aliases: ["等额本息"],
  charges: "interest",
  rows: (req) => withFirstPeriodInterest(equalInstallmentRows(req.principal, req.monthlyRate, req.terms, req.rates), req.principal, req.firstPeriodRate),
  // reduce-term keeps the original installment.
  prepay: amortizingPrepay(equalInstallmentRows, (q) => equalInstallmentPayment(q.amount, monthlyRateOf(q.apr), q.terms)),
};
