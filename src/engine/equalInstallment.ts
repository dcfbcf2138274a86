import { Decimal, ONE, type DecimalInput } from "./decimal.js";
import { roundMoney } from "./money.js";
import { rowFrom, type AmortizationRow } from "./schedule.js";

/**
 * The 等额本息 installment A = round(P·r·(1+r)^n / ((1+r)^n − 1)), or round(P/n)
 * when r = 0. `rate` is the per-period fraction (APR/12), unrounded.
 */
export function equalInstallmentPayment(amount: DecimalInput, rate: DecimalInput, terms: number): Decimal {
  const p = new Decimal(amount);
  const r = new Decimal(rate);
  if (r.isZero()) return roundMoney(p.div(terms));
  const growth = r.plus(ONE).pow(terms);
  return roundMoney(p.times(r).times(growth).div(growth.minus(ONE)));
}

/**
 * 等额本息: every period pays A (computed at `rate`); interest = round(B·r_k) on
 * the balance, where r_k is `rate` or, under daily interest, the period's own
 * rate; the rest is principal; the last period clears the balance.
 * `installment` may be fixed by the caller (a prepayment that keeps the payment).
 */
export function equalInstallmentRows(
  amount: DecimalInput,
  rate: DecimalInput,
  terms: number,
  rates: readonly Decimal[] = Array.from({ length: terms }, () => new Decimal(rate)),
  installment: Decimal = equalInstallmentPayment(amount, rate, terms),
): AmortizationRow[] {
  const rows: AmortizationRow[] = [];
  let balance = new Decimal(amount);
  for (let k = 1; k <= terms; k++) {
    const interest = roundMoney(balance.times(rates[k - 1] as Decimal));
    const row = rowFrom(balance, k < terms ? installment.minus(interest) : balance, interest);
    rows.push(row);
    balance = row.balance;
  }
  return rows;
}
