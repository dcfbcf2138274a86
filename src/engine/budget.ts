import { Decimal, ZERO } from "./decimal.js";
import type { FeeInput } from "./fees.js";
import { roundMoney } from "./money/money.js";
import { fromFen, fenOf } from "./money/fen.js";
import { trustedQuote } from "./quote.js";
import { checkedQuoteInput, type QuoteInput } from "./quoteInput.js";
import { installmentAt, plateauKey } from "./budgetPlateaus.js";
import { highestPayment, lastTrue, searchAbove } from "./budgetSearch.js";
import { PRODUCTS } from "./products.js";

// Working backwards from a monthly budget: "how much can I borrow for 2,000 a
// month?" and "how soon can I repay 20,000 at 2,000 a month?". Both search the
// engine's own schedules (to the 分, rounding and last-period settling
// included), never a float inversion of an annuity formula.

export { highestPayment } from "./budgetSearch.js";

/** The answer to "how much for this budget": an amount (atMax: the budget allows more than the range's top), or the payment of the range's smallest loan. */
export type AmountAnswer =
  | { readonly fits: true; readonly amount: Decimal; readonly atMax: boolean; readonly unsettled?: { readonly plateaus: number } }
  | { readonly fits: false; readonly smallestPayment: Decimal; readonly minAmount: Decimal };

/**
 * The largest amount, a multiple of `step`, from `min` to `max`, whose
 * highest scheduled payment is at most `budget`. Rounding makes the highest
 * payment a saw in the amount (budgetPlateaus.ts), so a bisection finds a
 * local answer only; searchAbove then looks at every rounding plateau between
 * it and the amount whose lower bound passes the budget, and the answer is the
 * maximum, not a local one (or says it stopped, after MAX_PLATEAUS).
 * Every loan repays at least its principal, so no amount above terms × budget fits.
 */
export function largestAmount(loan: Omit<QuoteInput, "amount">, budget: Decimal, range: { readonly min: Decimal; readonly max: Decimal }, step: Decimal = new Decimal("0.01")): AmountAnswer {
  const stepFen = fenOf(step, "step");
  const { min, max } = quotable(loan, range);
  const lowest = (fenOf(min) + stepFen - 1n) / stepFen;
  // The contract, asserted once: the steps differ in the amount only, within what quotable() allows.
  const { apr } = checkedQuoteInput({ ...loan, amount: fromFen(lowest * stepFen) });
  const quoteOf = (k: bigint) => {
    const amount = fromFen(k * stepFen);
    return trustedQuote({ ...loan, amount }, amount, apr);
  };
  const fits = (k: bigint) => highestPayment(quoteOf(k)).lte(budget);
  const ceiling = fenOf(max) < fenOf(budget) * BigInt(loan.terms) ? fenOf(max) : fenOf(budget) * BigInt(loan.terms);
  const highest = ceiling / stepFen;
  if (lowest > highest || !fits(lowest)) {
    const minAmount = fromFen(lowest * stepFen);
    return { fits: false, minAmount, smallestPayment: highestPayment(quoteOf(lowest)) };
  }
  // At the range's top: say whether the budget would reach further (a product's limit stopped it, not the
  // budget) — when a larger loan can be quoted at all: product none's maximum is the engine's.
  const beyond = ceiling === fenOf(range.max) && fenOf(range.max) < fenOf(PRODUCTS.none.amount.max);
  if (fits(highest)) return { fits: true, amount: fromFen(highest * stepFen), atMax: beyond && fits(highest + 1n) };
  const [key, installment] = [plateauKey(loan, apr), installmentAt(loan, apr)];
  const ops = { quoteOf, keyOf: (k: bigint) => key(k * stepFen), installmentOf: (k: bigint) => installment(k * stepFen) };
  const found = searchAbove(lastTrue(lowest, highest, fits), highest, budget, ops); // from a local answer: it fits, the next does not
  return { fits: true, amount: fromFen(found.best * stepFen), atMax: false, ...(found.plateaus === undefined ? {} : { unsettled: { plateaus: found.plateaus } }) };
}

/**
 * The part of `range` the engine can quote with the loan's fees: a fee in CNY is
 * at most the amount, a deducted upfront fee must leave a payout, and a financed
 * one must keep amount + fee within the engine's largest principal.
 */
function quotable(loan: Omit<QuoteInput, "amount">, range: { readonly min: Decimal; readonly max: Decimal }): { min: Decimal; max: Decimal } {
  const fixed = (fee: FeeInput | undefined) => (fee !== undefined && "amount" in fee ? roundMoney(fee.amount) : ZERO);
  const upfront = fixed(loan.upfrontFee);
  const floors = [range.min, fixed(loan.monthlyFee), loan.financeFee || upfront.isZero() ? upfront : upfront.plus("0.01")];
  const top = PRODUCTS.none.amount.max;
  const pct = loan.upfrontFee !== undefined && "percent" in loan.upfrontFee ? new Decimal(loan.upfrontFee.percent) : ZERO;
  // A percent fee is rounded half-up to the 分, so it may add up to 0.005 more: one 分 less keeps clear of the top.
  const financedTop = !loan.financeFee ? top : pct.isZero() ? top.minus(upfront) : top.div(pct.div(100).plus(1)).toDecimalPlaces(2, Decimal.ROUND_DOWN).minus("0.01");
  return { min: Decimal.max(...floors), max: Decimal.min(range.max, financedTop) };
}

/** The answer to "how soon": the fewest terms, or the smallest highest payment any term in range allows. */
export type TermsAnswer = { readonly fits: true; readonly terms: number } | { readonly fits: false; readonly smallestPayment: Decimal; readonly terms: number };

/**
 * The fewest terms from `min` to `max` whose highest payment is at most
 * `budget`. When `min` fits, that is the answer whatever the method. Otherwise
 * an amortizing loan's payment shrinks as terms grow, so a binary search finds
 * the answer (it fits, one term fewer does not); a bullet or interest-only
 * loan's highest payment grows with the terms instead, so when neither end of
 * the range fits, nothing does, and the cheaper end is the smallest possible.
 */
export function fewestTerms(loan: Omit<QuoteInput, "terms">, budget: Decimal, range: { readonly min: number; readonly max: number }): TermsAnswer {
  // The contract, asserted once at the longest term (its last due date is the latest): the steps differ in the terms only.
  const { amount, apr } = checkedQuoteInput({ ...loan, terms: range.max });
  const payment = (terms: number) => highestPayment(trustedQuote({ ...loan, terms }, amount, apr));
  const shortest = payment(range.min);
  if (shortest.lte(budget)) return { fits: true, terms: range.min };
  const longest = payment(range.max);
  if (longest.gt(budget)) return shortest.lt(longest) ? { fits: false, smallestPayment: shortest, terms: range.min } : { fits: false, smallestPayment: longest, terms: range.max };
  let [lo, hi] = [range.min, range.max]; // lo does not fit, hi fits
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (payment(mid).lte(budget)) hi = mid;
    else lo = mid;
  }
  return { fits: true, terms: hi };
}
