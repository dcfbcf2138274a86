import { Decimal } from "./decimal.js";
import { resolveFee } from "./fees.js";
import { flatFeeShares } from "./methods/flatFee.js";
import { fenOf, fromFen, installmentFen, mulRound } from "./money/fen.js";
import { roundMoney } from "./money/money.js";
import type { Quote } from "./quote.js";
import type { QuoteInput } from "./quoteInput.js";
import { monthlyRateOf, toFenRate } from "./rates.js";

// Why the highest payment is not monotone in the amount, and what is.
//
// Each method rounds a regular amount once for the whole loan — the
// installment A = round(P·f) (等额本息), the principal share round(P/n)
// (等额本金), the principal and fee shares (flat-fee) — and one period settles
// what that rounding left. As P grows by 1 分 the regular amount stays put for
// about 1/f (≤ n) 分 and then steps up by 1 分; while it stays put, the settling
// period takes the whole growth, and when it steps, the settling period gives
// back up to n − 1 分 (A's 1 分 over n − 1 periods, compounded: at most s_{n−1}
// = ((1+r)^{n−1} − 1)/r 分, which is n − 1 at 0% and grows with the rate).
// So the highest payment is a saw: 3,000 a month at 7.3% × 12 fits 34,615.90
// and 34,616.01 but not the amounts between.
//
// What holds instead, and what the search (budgetSearch.ts) relies on:
// 1. On a plateau — amounts with the same key (the regular amounts) — every
//    period's payment is nondecreasing in P: a balance B_{k+1} = B_k +
//    round(B_k·r_k) − A is nondecreasing in B_k for a fixed A, fees
//    round(P·x) are nondecreasing, and the settling period pays what is left.
//    So the amounts that fit form a prefix of each plateau.
// 2. `lowerBound(q)` is a payment no amount at or above q's pays less than
//    (nondecreasing in P, at most the highest payment): once it passes the
//    budget, nothing larger fits, however the saw goes.

/** The principal amortized for `amountFen` 分 asked: the amount plus a financed upfront fee. */
function principalOf(loan: Omit<QuoteInput, "amount">, amountFen: bigint): Decimal {
  const asked = fromFen(amountFen);
  return loan.financeFee ? asked.plus(resolveFee(loan.upfrontFee, asked)) : asked;
}

/** 等额本息's installment A in 分 for `amountFen` asked, as the engine computes it (at APR/12, on the principal lent). */
export function installmentAt(loan: Omit<QuoteInput, "amount">, apr: Decimal): (amountFen: bigint) => bigint {
  const rate = toFenRate(monthlyRateOf(apr));
  return (fen) => installmentFen(fenOf(principalOf(loan, fen)), rate, loan.terms);
}

/**
 * 等额本息: how many 分 the installment must grow above q's before a larger
 * amount can fit, given that q's last period pays `budget` + M (M > 0). The last
 * payment L is nondecreasing in P for a fixed A (1. above), and raising A by j 分
 * lowers it by at most α·j + β: the balance after period 1 drops by j, and each
 * later period's drop δ grows to at most δ·(1 + r) + j + 1 (its interest
 * round(B·r) moves by at most δ·r + 1), r the highest period rate (APR/12, or
 * the daily rate × 31 days). So every larger amount whose A is less than
 * A + (M − β)/α 分 still pays more than the budget in its last period.
 */
export function installmentSkip(q: Quote, budget: Decimal): bigint {
  const last = q.schedule[q.terms - 1];
  const excess = last ? last.payment.minus(budget).times(100).toNumber() : 0;
  if (q.method !== "equal-installment" || q.terms < 2 || !(excess > 0)) return 1n;
  const rMax = (q.interest === "daily" ? q.apr.div(100).div(q.yearBasis).times(31) : q.apr.div(1200)).toNumber() * (1 + 1e-9);
  let [alpha, beta] = [1, 0]; // δ_1 = j: B_1 = P − A + round(P·r)
  for (let k = 2; k < q.terms; k++) [alpha, beta] = [alpha * (1 + rMax) + 1, beta * (1 + rMax) + 1];
  [alpha, beta] = [alpha * (1 + rMax), beta * (1 + rMax) + 1]; // L = B_{n−1} + round(B_{n−1}·r)
  const steps = Math.ceil((excess - beta * (1 + 1e-9) - 1) / (alpha * (1 + 1e-9)));
  return Number.isFinite(steps) && steps > 1 ? BigInt(steps) : 1n;
}

/**
 * The plateau key of an amount: the amounts rounded once for the whole loan,
 * each nondecreasing in P, so one key's amounts are one interval. Interest-only
 * and bullet loans round nothing once (every payment is nondecreasing in P): one plateau.
 */
export function plateauKey(loan: Omit<QuoteInput, "amount">, apr: Decimal): (amountFen: bigint) => string {
  const n = loan.terms;
  const rate = toFenRate(monthlyRateOf(apr));
  if (n === 1) return () => ""; // one period pays P, its interest or fee and the fee: nondecreasing
  switch (loan.method ?? "equal-installment") {
    case "equal-installment":
      return (fen) => {
        const p = fenOf(principalOf(loan, fen));
        // A due day's first period pays A − round(P·r) + its own interest: round(P·r) is rounded once too.
        return loan.dueDay === undefined ? String(installmentFen(p, rate, n)) : `${installmentFen(p, rate, n)}/${mulRound(p, rate)}`;
      };
    case "equal-principal":
      return (fen) => roundMoney(principalOf(loan, fen).div(n)).toFixed(2);
    case "flat-fee":
      return (fen) => {
        const totalFee = loan.totalFeeRate ?? new Decimal(loan.feeRate ?? 0).times(n);
        const s = flatFeeShares(principalOf(loan, fen), totalFee, n, loan.feeResidual, loan.feeRate, loan.principalRounding);
        return `${s.principal.toFixed(2)}/${s.fee.toFixed(2)}`;
      };
    default:
      return () => "";
  }
}

/**
 * A payment that bounds from below the highest payment of q's amount and of
 * every larger one (see 2. above):
 * - one period: its payment, nondecreasing in P.
 * - 等额本息 over n ≥ 2 periods: A + the monthly fee. A regular period pays
 *   exactly that: period 1 (f < 1 so A ≤ P), or with a due day period 2, whose
 *   balance P − A + round(P·r) plus interest is at least A when n ≥ 3 (1 + r − 2f
 *   > 0.29 at any rate up to 100%, so for any loan of 7 分 or more).
 * - 等额本金: period 1, share + round(P·r_1) + fee, each part nondecreasing.
 * - flat-fee over n ≥ 2: a regular period, principal share + fee share + fee.
 * - otherwise: the payments add up to at least P plus the fees, so the highest
 *   is at least ⌈P/n⌉ + fee (with a due day over 2 periods, ⌈(P + round(P·r_1))/2⌉ + fee).
 */
export function lowerBound(q: Quote): Decimal {
  const n = q.terms;
  const fee = q.fees.monthly;
  const ceilShare = (total: Decimal) => total.div(n).toDecimalPlaces(2, Decimal.ROUND_UP).plus(fee);
  const first = q.schedule[0];
  if (n === 1 && first) return first.payment;
  if (q.method === "equal-installment" && (n >= 3 || (n === 2 && q.dueDay === undefined))) {
    return fromFen(installmentFen(fenOf(q.amount), toFenRate(monthlyRateOf(q.apr)), n)).plus(fee);
  }
  if (q.method === "equal-installment" && n === 2 && first) return ceilShare(q.amount.plus(first.interest));
  if (q.method === "equal-principal" && first) return first.payment;
  if (q.method === "flat-fee" && n >= 2) {
    const regular = q.feeResidual === "last" ? q.schedule[0] : q.schedule[n - 1];
    if (regular) return regular.payment;
  }
  return ceilShare(q.amount);
}
