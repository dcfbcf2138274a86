import type { ComparedOffer } from "../engine/compare.js";
import { comparedOfferToJson } from "./compareJson.js";
import { csvDocument } from "./csv.js";

const HEADER = ["rank", "name", "method", "terms", "amount", "firstPayment", "totalPayment", "totalCost", "annualizedRate", "annualizedRateCompound", "exceedsCap"] as const;

/** The ranking as CSV: the JSON fields as columns, cheapest first. */
export function renderCompareCsv(offers: readonly ComparedOffer[]): string {
  return csvDocument(
    HEADER,
    offers.map((o, i) => {
      const j = comparedOfferToJson(o);
      return [i + 1, j.name, j.method, j.terms, j.amount, j.firstPayment, j.totalPayment, j.totalCost, j.annualizedRate, j.annualizedRateCompound, String(j.exceedsCap)];
    }),
  );
}
