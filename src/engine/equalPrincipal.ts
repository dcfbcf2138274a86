import { Decimal, type DecimalInput } from "./decimal.js";
import { amortizeDecimal } from "./decimalReference.js";
import { amortizeFen } from "./fen/amortizeFen.js";
import { toFen } from "./fen/fenMoney.js";
import { toFenRate } from "./fen/fenRate.js";
import { fenRowsToDecimal } from "./fen/fenRows.js";
import { roundMoney } from "./money.js";
import { toRate, type RateInput } from "./rate.js";
import type { AmortizationRow } from "./schedule.js";

/**
 * 等额本金: principal round(P/n) each period, the last period taking what is
 * left; interest = round(B·r_k) on the balance before the period. `share`
 * may be fixed by the caller (a prepayment that keeps the principal share).
 * Runs in exact integer 分 whenever the amount is a whole number of 分.
 */
export function equalPrincipalRows(
  amount: DecimalInput,
  rate: RateInput,
  terms: number,
  rates: readonly RateInput[] = Array.from({ length: terms }, () => rate),
  share: Decimal = roundMoney(new Decimal(amount).div(terms)),
): AmortizationRow[] {
  const p = new Decimal(amount);
  const exact = rates.map(toRate);
  const fen = toFen(p);
  if (fen === undefined) return amortizeDecimal("principal", p, exact, share);
  return fenRowsToDecimal(amortizeFen("principal", fen, exact.map(toFenRate), toFen(share) ?? 0n));
}
