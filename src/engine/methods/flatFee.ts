import { Decimal, ZERO, type DecimalInput } from "../decimal.js";
import { fenOf } from "../money/fen.js";
import { floorMoney } from "../money/money.js";
import { rowFrom, type AmortizationRow } from "../schedule.js";
import type { MethodDefinition } from "./types.js";

/** The whole fee of a flat-fee installment: P × rate, rounded half-to-even to the 分 as 花呗 does. */
export function flatFeeTotal(amount: DecimalInput, totalFeePercent: DecimalInput): Decimal {
  return new Decimal(amount).times(totalFeePercent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
}

/** Splits `total` into `n` shares rounded down to the 分, the leftover 分 on the first share. */
function splitFirstTakesRest(total: Decimal, n: number): Decimal[] {
  const share = floorMoney(total.div(n));
  const first = total.minus(share.times(n - 1));
  return Array.from({ length: n }, (_, i) => (i === 0 ? first : share));
}

/**
 * 分期手续费 / 等本等息 (花呗分期, card installments): equal principal and an
 * equal fee each period, no interest. Principal and fee per period are rounded
 * down to the 分 and the leftover 分 of each go on the first period. The
 * amount must be a whole number of 分 (the splits are then exact decimals).
 */
export function flatFeeRows(amount: DecimalInput, totalFeePercent: DecimalInput, terms: number): AmortizationRow[] {
  const principal = new Decimal(amount);
  fenOf(principal); // refuses an amount finer than a 分
  const principals = splitFirstTakesRest(principal, terms);
  const fees = splitFirstTakesRest(flatFeeTotal(principal, totalFeePercent), terms);
  const rows: AmortizationRow[] = [];
  let balance = principal;
  for (let k = 0; k < terms; k++) {
    const row = rowFrom(balance, principals[k] as Decimal, ZERO, fees[k] as Decimal);
    rows.push(row);
    balance = row.balance;
  }
  return rows;
}

export const flatFee: MethodDefinition<"flat-fee"> = {
  id: "flat-fee",
  aliases: ["等本等息", "分期手续费"],
  charges: "fee",
  rows: (req) => flatFeeRows(req.principal, req.totalFeePercent, req.terms),
  prepay: undefined,
};
