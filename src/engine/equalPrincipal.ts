import { Decimal, type DecimalInput } from "./decimal.js";
import { roundMoney } from "./money.js";
import { rowFrom, type AmortizationRow } from "./schedule.js";

/**
 * 等额本金: principal round(P/n) each period, the last period taking what is
 * left; interest = round(B·r_k) on the balance before the period. `share`
 * may be fixed by the caller (a prepayment that keeps the principal share).
 */
export function equalPrincipalRows(
  amount: DecimalInput,
  rate: DecimalInput,
  terms: number,
  rates: readonly Decimal[] = Array.from({ length: terms }, () => new Decimal(rate)),
  share: Decimal = roundMoney(new Decimal(amount).div(terms)),
): AmortizationRow[] {
  const rows: AmortizationRow[] = [];
  let balance = new Decimal(amount);
  for (let k = 1; k <= terms; k++) {
    const interest = roundMoney(balance.times(rates[k - 1] as Decimal));
    const row = rowFrom(balance, k < terms ? share : balance, interest);
    rows.push(row);
    balance = row.balance;
  }
  return rows;
}
