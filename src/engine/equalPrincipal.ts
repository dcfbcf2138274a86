import { Decimal, type DecimalInput } from "./decimal.js";
import { roundMoney } from "./money.js";
import { rowFrom, type AmortizationRow } from "./schedule.js";

/**
 * 等额本金: principal round(P/n) each period, the last period taking what is
 * left; interest = round(B·r) on the balance before the period.
 */
export function equalPrincipalRows(amount: DecimalInput, rate: DecimalInput, terms: number): AmortizationRow[] {
  const r = new Decimal(rate);
  const share = roundMoney(new Decimal(amount).div(terms));
  const rows: AmortizationRow[] = [];
  let balance = new Decimal(amount);
  for (let k = 1; k <= terms; k++) {
    const interest = roundMoney(balance.times(r));
    const row = rowFrom(balance, k < terms ? share : balance, interest);
    rows.push(row);
    balance = row.balance;
  }
  return rows;
}
