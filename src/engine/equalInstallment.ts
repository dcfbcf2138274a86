import { Decimal, type DecimalInput } from "./decimal.js";
import { amortizeDecimal, installmentDecimal } from "./decimalReference.js";
import { amortizeFen, installmentFen } from "./fen/amortizeFen.js";
import { fromFen, toFen } from "./fen/fenMoney.js";
import { toFenRate } from "./fen/fenRate.js";
import { toRate, type RateInput } from "./rate.js";
import type { AmortizationRow } from "./schedule.js";
import { fenRowsToDecimal } from "./fen/fenRows.js";

/**
 * The 等额本息 installment A = round(P·r·(1+r)^n / ((1+r)^n − 1)), or round(P/n)
 * when r = 0. `rate` is the per-period rate: best as an exact Rate
 * (monthlyRateOf(APR)); a plain value is taken as it is.
 */
export function equalInstallmentPayment(amount: DecimalInput, rate: RateInput, terms: number): Decimal {
  const p = new Decimal(amount);
  const fen = toFen(p);
  return fen === undefined ? installmentDecimal(p, toRate(rate), terms) : fromFen(installmentFen(fen, toFenRate(toRate(rate)), terms));
}

/**
 * 等额本息: every period pays A (computed at `rate`); interest = round(B·r_k) on
 * the balance, where r_k is `rate` or, under daily interest, the period's own
 * rate; the rest is principal; the last period clears the balance.
 * `installment` may be fixed by the caller (a prepayment that keeps the payment).
 * Runs in exact integer 分 whenever the amount is a whole number of 分.
 */
export function equalInstallmentRows(
  amount: DecimalInput,
  rate: RateInput,
  terms: number,
  rates: readonly RateInput[] = Array.from({ length: terms }, () => rate),
  installment?: Decimal,
): AmortizationRow[] {
  const p = new Decimal(amount);
  const exact = rates.map(toRate);
  const fen = toFen(p);
  const fixed = installment ?? equalInstallmentPayment(p, rate, terms);
  if (fen === undefined) return amortizeDecimal("installment", p, exact, fixed);
  return fenRowsToDecimal(amortizeFen("installment", fen, exact.map(toFenRate), toFen(fixed) ?? 0n));
}
