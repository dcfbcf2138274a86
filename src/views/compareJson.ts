import type { ComparedOffer } from "../engine/compare.js";
import { money, percent } from "./format.js";

/** One compared offer as the contract's JSON (docs/json.md, `compare`). */
export function comparedOfferToJson(o: ComparedOffer) {
  return {
    name: o.name,
    method: o.quote.method,
    terms: o.quote.terms,
    amount: money(o.quote.amount),
    firstPayment: money(o.firstPayment),
    totalPayment: money(o.totalPayment),
    totalCost: money(o.totalCost),
    annualizedRate: percent(o.quote.annualizedRate),
    annualizedRateCompound: percent(o.quote.annualizedRateCompound),
    exceedsCap: o.quote.compliance.exceedsCap,
  };
}

export function renderCompareJson(offers: readonly ComparedOffer[]): string {
  return `${JSON.stringify({ offers: offers.map(comparedOfferToJson) }, null, 2)}\n`;
}
