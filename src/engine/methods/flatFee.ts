import { Decimal, ZERO, type DecimalInput } from "../decimal.js";
import { fenOf } from "../money/fen.js";
import { floorMoney, roundMoney } from "../money/money.js";
import { rowFrom, totalsOf, type AmortizationRow } from "../schedule.js";
import type { FeeResidual, MethodDefinition, RowsRequest } from "./types.js";

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
 * `n` shares of `share` with the last taking what is left of `total` (a share
 * is cut to what is left, so no share is negative when round(total/n)·(n−1)
 * would exceed the total).
 */
function splitLastTakesRest(total: Decimal, share: Decimal, n: number): Decimal[] {
  let left = total;
  return Array.from({ length: n }, (_, i) => {
    const taken = i === n - 1 || share.gt(left) ? left : share;
    left = left.minus(taken);
    return taken;
  });
}

/**
 * Card issuers' rounding (招商银行): principal round-half-up(P/n) and fee
 * round-half-up(P × per-period rate), or of the total fee ÷ n, each period;
 * the last takes what is left of both. The total fee is round-half-up(P × total rate).
 */
function lastTakesRest(principal: Decimal, totalFeePercent: Decimal, terms: number, feeRate: Decimal | undefined): { principals: Decimal[]; fees: Decimal[] } {
  const shares = flatFeeShares(principal, totalFeePercent, terms, "last", feeRate);
  return { principals: splitLastTakesRest(principal, shares.principal, terms), fees: splitLastTakesRest(shares.totalFee, shares.fee, terms) };
}

/**
 * The regular period's principal and fee (every period but the one taking the
 * leftovers), and the whole fee: floor(x/n) for `first`, round-half-up for `last`.
 */
export function flatFeeShares(principal: Decimal, totalFeePercent: DecimalInput, terms: number, residual: FeeResidual = "first", feeRate?: DecimalInput): { principal: Decimal; fee: Decimal; totalFee: Decimal } {
  if (residual === "first") {
    const totalFee = flatFeeTotal(principal, totalFeePercent);
    return { principal: floorMoney(principal.div(terms)), fee: floorMoney(totalFee.div(terms)), totalFee };
  }
  const totalFee = roundMoney(principal.times(totalFeePercent).div(100));
  return { principal: roundMoney(principal.div(terms)), fee: roundMoney(feeRate === undefined ? totalFee.div(terms) : principal.times(feeRate).div(100)), totalFee };
}

/**
 * 分期手续费 / 等本等息 (花呗分期, card installments): equal principal and an
 * equal fee each period, no interest. Principal and fee per period are rounded
 * down to the 分 and the leftover 分 of each go on the first period. The
 * amount must be a whole number of 分 (the splits are then exact decimals).
 */
export function flatFeeRows(amount: DecimalInput, totalFeePercent: DecimalInput, terms: number, residual: FeeResidual = "first", feeRate?: DecimalInput): AmortizationRow[] {
  const principal = new Decimal(amount);
  fenOf(principal); // refuses an amount finer than a 分
  const { principals, fees } =
    residual === "last"
      ? lastTakesRest(principal, new Decimal(totalFeePercent), terms, feeRate === undefined ? undefined : new Decimal(feeRate))
      : { principals: splitFirstTakesRest(principal, terms), fees: splitFirstTakesRest(flatFeeTotal(principal, totalFeePercent), terms) };
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
  rows: (req: RowsRequest) => flatFeeRows(req.principal, req.totalFeePercent, req.terms, req.feeResidual, req.feeRate),
  // No partial prepayment; a payoff charges the fees not yet due (card
  // installments) or waives them (花呗). Monthly account fees are never charged ahead.
  prepay: undefined,
  payoffCharge: (notYetDue, policy) => (policy === "waived" ? ZERO : totalsOf(notYetDue).fee),
};
