import { Decimal } from "./decimal.js";
import { fromFen, fenOf } from "./money/fen.js";
import { quote, type Quote } from "./quote.js";
import type { QuoteInput } from "./quoteInput.js";

// Working backwards from a monthly budget: "how much can I borrow for 2,000 a
// month?" and "how soon can I repay 20,000 at 2,000 a month?". Both search the
// engine's own schedules (to the 分, rounding and last-period settling
// included), never a float inversion of an annuity formula.

/** The largest payment of a schedule: what a monthly budget must cover. */
export function highestPayment(q: Quote): Decimal {
  return q.schedule.reduce((max, row) => (row.payment.gt(max) ? row.payment : max), new Decimal(0));
}

/** The answer to "how much for this budget": an amount (atMax: the budget allows more than the range's top), or the payment of the range's smallest loan. */
export type AmountAnswer = { readonly fits: true; readonly amount: Decimal; readonly atMax: boolean } | { readonly fits: false; readonly smallestPayment: Decimal; readonly minAmount: Decimal };

/**
 * The largest amount, a multiple of `step`, from `min` to `max`, whose
 * highest scheduled payment is at most `budget`. Payments grow with the
 * amount, so a binary search over multiples of the step; its invariant —
 * `lo` fits, `hi` does not — makes the answer fit and the next step not.
 * Every loan repays at least its principal, so no amount above terms × budget fits.
 */
export function largestAmount(loan: Omit<QuoteInput, "amount">, budget: Decimal, range: { readonly min: Decimal; readonly max: Decimal }, step: Decimal = new Decimal("0.01")): AmountAnswer {
  const stepFen = fenOf(step, "step");
  const fits = (k: bigint) => highestPayment(quote({ ...loan, amount: fromFen(k * stepFen) })).lte(budget);
  const lowest = (fenOf(range.min) + stepFen - 1n) / stepFen;
  const ceiling = fenOf(range.max) < fenOf(budget) * BigInt(loan.terms) ? fenOf(range.max) : fenOf(budget) * BigInt(loan.terms);
  const highest = ceiling / stepFen;
  if (lowest > highest || !fits(lowest)) {
    const minAmount = fromFen(lowest * stepFen);
    return { fits: false, minAmount, smallestPayment: highestPayment(quote({ ...loan, amount: minAmount })) };
  }
  // At the range's top: say whether the budget would reach further (a product's limit stopped it, not the budget).
  if (fits(highest)) return { fits: true, amount: fromFen(highest * stepFen), atMax: ceiling === fenOf(range.max) && fits(highest + 1n) };
  let [lo, hi] = [lowest, highest];
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return { fits: true, amount: fromFen(lo * stepFen), atMax: false };
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
  const payment = (terms: number) => highestPayment(quote({ ...loan, terms }));
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
