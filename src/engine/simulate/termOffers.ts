import type { Decimal } from "../decimal.js";
import { equalInstallmentRows } from "../equalInstallment.js";
import { totalsOf } from "../schedule.js";
import { floorToStep, presentValue, type LimitResult } from "./limit.js";
import type { Band, Policy, TermOffer } from "./types.js";

/**
 * For each of the band's terms: the most it can lend (the limit, or less where
 * the payment capacity over that term is smaller, in steps), with the exact
 * equal-installment payment and total interest of that amount. Terms that
 * cannot reach the minimum loan are left out.
 */
export function termOffers(band: Band, limit: LimitResult, rules: Policy["limit"]): TermOffer[] {
  const offers: TermOffer[] = [];
  for (const n of band.terms) {
    const byCapacity = floorToStep(presentValue(limit.paymentCapacity, limit.monthlyRate, n), rules.step);
    const maxAmount: Decimal = byCapacity.lt(limit.limit) ? byCapacity : limit.limit;
    if (maxAmount.lt(rules.minimum)) continue;
    const rows = equalInstallmentRows(maxAmount, limit.monthlyRate, n);
    offers.push({ terms: n, maxAmount, payment: (rows[0] as (typeof rows)[number]).payment, totalInterest: totalsOf(rows).interest });
  }
  return offers;
}
