import type { LoanOffer } from "../engine/compare.js";

/** The offers to price, each at every term asked for (or as given), and the offer each came from. */
export interface OffersAtTerms {
  readonly offers: LoanOffer[];
  /** offers[i] came from the input's offer origin[i] (counted from 0). */
  readonly origin: number[];
  /** The input's offers kept at their own terms although terms were asked for (counted from 0). */
  readonly kept: number[];
}

/**
 * Every offer at every term of `terms` (compare --terms). A whole-term fee
 * (花呗's totalFeeRate) is the price of its own term only: such an offer keeps
 * its terms, and `kept` says so, rather than pricing 6 terms at a 3-term fee.
 */
export function offersAtTerms(offers: readonly LoanOffer[], terms: readonly number[] | undefined): OffersAtTerms {
  const out: OffersAtTerms = { offers: [], origin: [], kept: [] };
  offers.forEach((offer, i) => {
    if (terms === undefined || offer.totalFeeRate !== undefined) {
      if (terms !== undefined) out.kept.push(i);
      out.offers.push(offer);
      out.origin.push(i);
      return;
    }
    for (const t of terms) {
      out.offers.push({ ...offer, terms: t });
      out.origin.push(i);
    }
  });
  return out;
}
