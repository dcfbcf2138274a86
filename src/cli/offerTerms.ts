import { PRODUCTS } from "../engine/products.js";
import { offerWhere, type OfferRecord } from "./offers.js";
import { parseTermsList } from "./termsList.js";

/** The offers to price: each at every term of compare --terms (or as given), the offer each came from, and notes on those kept as they are. */
export interface PricedOffers {
  readonly priced: OfferRecord[];
  /** priced[i] came from records[origin[i]]. */
  readonly origin: number[];
  readonly notes: string[];
}

/**
 * Every offer at every term of `termsText`. A whole-term fee (花呗's
 * total-fee-rate) is the price of its own term only: such an offer keeps its
 * terms, and a note says so rather than pricing 6 terms at a 3-term fee.
 */
export function atEachTerm(records: readonly OfferRecord[], termsText: string | undefined): PricedOffers {
  const out: PricedOffers = { priced: [], origin: [], notes: [] };
  const list = termsText === undefined ? undefined : parseTermsList(termsText, "--terms", PRODUCTS.none.terms.min, PRODUCTS.none.terms.max);
  records.forEach((record, i) => {
    if (list === undefined || record["total-fee-rate"] !== undefined) {
      if (list !== undefined) out.notes.push(`note: ${offerWhere(i + 1, record.name)} keeps its ${String(record.terms ?? 12)} terms: its total-fee-rate is the fee for that term only`);
      out.priced.push(record);
      out.origin.push(i);
      return;
    }
    for (const terms of list) {
      out.priced.push({ ...record, terms: String(terms) });
      out.origin.push(i);
    }
  });
  return out;
}
