import { boundedMemo } from "../boundedMemo.js";
import type { Decimal } from "../decimal.js";
import { amortizeFen, fromFen, installmentFen, toFen } from "../money/fen.js";
import { monthlyRateOf, toFenRate, type FenRate } from "../rates.js";
import { floorToStep, presentValue, type LimitResult } from "./limit.js";
import type { Band, Policy, TermOffer } from "./types.js";

const priced = boundedMemo<Pick<TermOffer, "payment" | "totalInterest">>(5_000);

/**
 * The exact equal-installment payment and total interest of `amount` over `n`
 * months at `apr`, in integer 分. Memoized: a batch's offers repeat the same
 * few amounts (steps of 500), prices and terms again and again (a fifth of simulate's time without).
 */
function priceTerm(amount: Decimal, apr: Decimal, rate: FenRate, n: number): Pick<TermOffer, "payment" | "totalInterest"> {
  return priced(`${amount.toString()}/${apr.toString()}/${n}`, () => {
    const principal = toFen(amount) ?? 0n;
    const payment = installmentFen(principal, rate, n);
    const schedule = amortizeFen("installment", principal, Array.from({ length: n }, () => rate), payment);
    return { payment: fromFen(payment), totalInterest: fromFen(schedule.interest.reduce((a, b) => a + b, 0n)) };
  });
}

/**
 * For each of the band's terms: the most it can lend (the limit, or less where
 * the payment capacity over that term is smaller, in steps; an unknown
 * capacity, under `missingMoney: "ignore"`, leaves the limit), with the exact
 * equal-installment payment and total interest of that amount, computed in
 * integer 分 by the quote engine's core. Terms that cannot reach the minimum
 * loan are left out.
 */
export function termOffers(band: Band, limit: LimitResult, apr: Decimal, rules: Policy["limit"], rate: FenRate = toFenRate(monthlyRateOf(apr))): TermOffer[] {
  const offers: TermOffer[] = [];
  for (const n of band.terms) {
    const byCapacity = limit.paymentCapacity === undefined ? undefined : floorToStep(presentValue(limit.paymentCapacity, limit.monthlyRate, n), rules.step);
    const maxAmount: Decimal = byCapacity?.lt(limit.limit) ? byCapacity : limit.limit;
    if (maxAmount.lt(rules.minimum)) continue;
    offers.push({ terms: n, maxAmount, ...priceTerm(maxAmount, apr, rate, n) });
  }
  return offers;
}
