import { compareOffers, type ComparedOffer, type CompareSort, type LoanOffer } from "../engine/compare.js";
import { LoanInputError } from "../engine/loanInputError.js";
import { checkQuoteInput } from "../engine/quoteInput.js";
import { OfferInputError } from "./errors.js";

/**
 * Offers ranked by true cost (or by `by`). Each offer is checked first, so what the
 * engine refuses is an OfferInputError naming the offer it came from.
 */
export function compareReport(offers: readonly LoanOffer[], by: CompareSort = "rate"): ComparedOffer[] {
  offers.forEach((offer, i) => {
    try {
      checkQuoteInput(offer);
    } catch (error) {
      if (error instanceof LoanInputError) throw new OfferInputError(i + 1, error);
      throw error;
    }
  });
  return compareOffers(offers, by);
}
