import { Decimal, ZERO, type DecimalInput } from "../decimal.js";
import { fenOf } from "../money/fen.js";
import { floorMoney, roundMoney } from "../money/money.js";
import { rowFrom, totalsOf, type AmortizationRow } from "../schedule.js";
import type { FeeResidual, MethodDefinition, PrincipalRounding, RowsRequest } from "./types.js";

/** The whole fee of a flat-fee installment: P × rate, rounded half-to-even to the 分 as 花呗 does. */
export function flatFeeTotal(amount: DecimalInput, totalFeePercent: DecimalInput): Decimal {
  return new Decimal(amount).times(totalFeePercent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
}

/**
 * `n` shares of `share` with the last taking what is left of `total` (a share
 * is cut to what is left, so no share is negative when share·(n−1) would
 * exceed the total). `first` puts the leftover on the first share instead.
 */
function split(total: Decimal, share: Decimal, n: number, residual: FeeResidual): Decimal[] {
  let left = total;
  const shares = Array.from({ length: n }, (_, i) => {
    const taken = i === n - 1 || share.gt(left) ? left : share;
    left = left.minus(taken);
    return taken;
  });
  return residual === "first" ? shares.reverse() : shares;
}

/**
 * The regular period's principal and fee (every period but the one taking the
 * leftovers), and the whole fee. 花呗 (`first`): floor(P/n), floor(fee/n), the
 * fee P × rate half-to-even. Card issuers (`last`, 招商银行): round-half-up
 * P/n, and round-half-up of P × the per-period rate or of the total fee ÷ n,
 * the fee round-half-up(P × total rate). `principalRounding` overrides the
 * principal share's rounding (招商银行's own example truncates it).
 */
export function flatFeeShares(
  principal: Decimal,
  totalFeePercent: DecimalInput,
  terms: number,
  residual: FeeResidual = "first",
  feeRate?: DecimalInput,
  principalRounding?: PrincipalRounding,
): { principal: Decimal; fee: Decimal; totalFee: Decimal } {
  const rounding = principalRounding ?? (residual === "first" ? "truncate" : "half-up");
  const share = (rounding === "truncate" ? floorMoney : roundMoney)(principal.div(terms));
  if (residual === "first") {
    const totalFee = flatFeeTotal(principal, totalFeePercent);
    return { principal: share, fee: floorMoney(totalFee.div(terms)), totalFee };
  }
  const totalFee = roundMoney(principal.times(totalFeePercent).div(100));
  return { principal: share, fee: roundMoney(feeRate === undefined ? totalFee.div(terms) : principal.times(feeRate).div(100)), totalFee };
}

/**
 * 分期手续费 / 等本等息 (花呗分期, card installments): equal principal and an
 * equal fee each period, no interest, each share rounded as flatFeeShares
 * says and the leftover 分 of each on the `residual` period. The amount must
 * be a whole number of 分 (the splits are then exact decimals).
 */
export function flatFeeRows(amount: DecimalInput, totalFeePercent: DecimalInput, terms: number, residual: FeeResidual = "first", feeRate?: DecimalInput, principalRounding?: PrincipalRounding): AmortizationRow[] {
  const principal = new Decimal(amount);
  fenOf(principal); // refuses an amount finer than a 分
  const shares = flatFeeShares(principal, totalFeePercent, terms, residual, feeRate, principalRounding);
  const principals = split(principal, shares.principal, terms, residual);
  const fees = split(shares.totalFee, shares.fee, terms, residual);
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
  rows: (req: RowsRequest) => flatFeeRows(req.principal, req.totalFeePercent, req.terms, req.feeResidual, req.feeRate, req.principalRounding),
  // No partial prepayment; a payoff charges the fees not yet due (card
  // installments) or waives them (花呗). Monthly account fees are never charged ahead.
  prepay: undefined,
  payoffCharge: (notYetDue, policy) => (policy === "waived" ? ZERO : totalsOf(notYetDue).fee),
};
