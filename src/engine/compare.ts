import { Decimal } from "./decimal.js";
import { quote, type Quote } from "./quote.js";
import type { QuoteInput } from "./quoteInput.js";

/** A priced offer to set beside others. */
export interface LoanOffer extends QuoteInput {
  readonly name: string;
}

/** One offer after pricing: its quote and the figures `compare` ranks and shows. */
export interface ComparedOffer {
  readonly name: string;
  readonly quote: Quote;
  readonly firstPayment: Decimal;
  readonly totalPayment: Decimal;
  /** Interest plus every fee: what borrowing costs beyond the money received. */
  readonly totalCost: Decimal;
}

/** What a ranking sorts by: the IRR-annualized rate (the default), the total cost, or the first payment. */
export const COMPARE_SORTS = ["rate", "cost", "payment"] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];

const SORT_KEYS: Readonly<Record<CompareSort, (o: ComparedOffer) => Decimal>> = {
  // Ranked on the rate as disclosed (to 0.01%, as the cap is judged): 7.2993%
  // and 7.3003% both read 7.30%, so they tie and keep their input order.
  rate: (o) => o.quote.annualizedRate.toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
  cost: (o) => o.totalCost,
  payment: (o) => o.firstPayment,
};

/**
 * Quotes every offer and sorts them cheapest first by the IRR-annualized rate
 * (ties keep their input order), the one scale on which a daily rate, a
 * monthly fee and an installment fee can be compared honestly; `by` picks
 * another (lowest first, ties again in input order).
 */
export function compareOffers(offers: readonly LoanOffer[], by: CompareSort = "rate"): ComparedOffer[] {
  const priced = offers.map((offer) => {
    const q = quote(offer);
    return {
      name: offer.name,
      quote: q,
      firstPayment: q.schedule.find((r) => !r.payment.isZero())?.payment ?? q.totals.payment,
      totalPayment: q.totals.payment,
      totalCost: q.totals.interest.plus(q.fees.total),
    };
  });
  const key = SORT_KEYS[by];
  return priced.map((p, i) => ({ p, i })).sort((a, b) => key(a.p).comparedTo(key(b.p)) || a.i - b.i).map(({ p }) => p);
}
