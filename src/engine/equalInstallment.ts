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
 * 等额本息: every period pays A; interest = round(B·r) on the balance, the rest
 * is principal; the last period clears the whole balance, so Σprincipal = P.
 */
export function equalInstallmentRows(amount: DecimalInput, rate: DecimalInput, terms: number): AmortizationRow[] {
  const r = new Decimal(rate);
  const installment = equalInstallmentPayment(amount, r, terms);
  const rows: AmortizationRow[] = [];
  let balance = new Decimal(amount);
  for (let k = 1; k <= terms; k++) {
    const interest = roundMoney(balance.times(r));
    const principal = k < terms ? installment.minus(interest) : balance;
    const row = rowFrom(balance, principal, interest);
    rows.push(row);
    balance = row.balance;
  }
  return rows;
}
