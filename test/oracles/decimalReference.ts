import type { Decimal } from "../../src/engine/decimal.js";
import { roundMoney } from "../../src/engine/money/money.js";
import type { Rate } from "../../src/engine/rates.js";
import { rowFrom, type AmortizationRow } from "../../src/engine/schedule.js";

// The schedule rules in decimal.js arithmetic: the independent reference the
// engine's integer 分 path is tested against (not used in production).

/** B·r, unrounded (exact to the configured precision: one division, last). */
export function applyRate(amount: Decimal, r: Rate): Decimal {
  return amount.times(r.num).div(r.den);
}

/** A = round(P·num·(den+num)^n / (den·((den+num)^n − den^n))), or round(P/n) at 0%. */
export function installmentDecimal(amount: Decimal, r: Rate, terms: number): Decimal {
  if (r.num.isZero()) return roundMoney(amount.div(terms));
  const grown = r.den.plus(r.num).pow(terms);
  return roundMoney(amount.times(r.num).times(grown).div(r.den.times(grown.minus(r.den.pow(terms)))));
}

/** Amortizes like amortizeFen, in decimals: interest round(B·r_k), principal fixed − interest or fixed. */
export function amortizeDecimal(kind: "installment" | "principal", amount: Decimal, rates: readonly Rate[], fixed: Decimal): AmortizationRow[] {
  const rows: AmortizationRow[] = [];
  let balance = amount;
  rates.forEach((r, k) => {
    const interest = roundMoney(applyRate(balance, r));
    const principal = k === rates.length - 1 ? balance : kind === "installment" ? fixed.minus(interest) : fixed;
    const row = rowFrom(balance, principal, interest);
    rows.push(row);
    balance = row.balance;
  });
  return rows;
}
