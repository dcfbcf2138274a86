import { compareOffers, type ComparedOffer, type CompareSort, type LoanOffer } from "../engine/compare.js";
import { PRODUCTS } from "../engine/products.js";
import { checkLoanRequest } from "./checkLoan.js";
import { FieldError } from "./fieldError.js";
import { loanRequestOf } from "./loanRequest.js";
import { OfferInputError } from "./offerInputError.js";

/**
 * Offers ranked by true cost (or by `by`). Each offer is validated first, as
 * any loan (product none), so what is refused is an OfferInputError naming
 * the offer and the field.
 */
export function compareReport(offers: readonly LoanOffer[], by: CompareSort = "rate"): ComparedOffer[] {
  const checked = offers.map((offer, i) => {
    try {
      const loan = loanRequestOf(offer);
      checkLoanRequest(loan, PRODUCTS.none);
      return { ...offer, ...loan };
    } catch (error) {
      if (error instanceof FieldError) throw new OfferInputError(i + 1, error);
      throw error;
    }
  });
  return compareOffers(checked, by);
}
