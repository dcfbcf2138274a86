import type { Decimal } from "../decimal.js";
import { dailyFromAnnual, monthlyRate, monthlyRateOf, toFenRate, type FenRate } from "../rates.js";
import { priceFor } from "./pricing.js";
import type { Band, Policy } from "./types.js";

/** A band's price at a PD, with the rates every offer at that price needs. */
export interface BandPrice {
  readonly apr: Decimal;
  readonly exceedsCap: boolean;
  readonly dailyRate: Decimal;
  /** APR / 1200, as the limit's present values take it. */
  readonly monthlyRate: Decimal;
  /** The same rate as the 分 schedules take it. */
  readonly fenRate: FenRate;
}

type Entry = BandPrice & { readonly pd: Decimal; readonly pricing: Policy["pricing"] };

// Scores are whole points and PDs are cached per score (scorecard.ts), so a
// batch meets a few hundred (band, PD) pairs: each price and its rates are
// worked out once, not for every applicant. Keyed by the band and the score;
// an entry is used only for the very PD and pricing objects it was made from.
const cache = new WeakMap<Band, Map<number, Entry>>();

/** priceFor, and the rates of its APR, for a band at a score whose PD is `pd`. */
export function bandPrice(band: Band, score: number, pd: Decimal, pricing: Policy["pricing"]): BandPrice {
  let byScore = cache.get(band);
  if (!byScore) cache.set(band, (byScore = new Map()));
  let entry = byScore.get(score);
  if (!entry || entry.pd !== pd || entry.pricing !== pricing) {
    const { apr, exceedsCap } = priceFor(band, pd, pricing);
    entry = { apr, exceedsCap, dailyRate: dailyFromAnnual(apr, pricing.yearBasis), monthlyRate: monthlyRate(apr), fenRate: toFenRate(monthlyRateOf(apr)), pd, pricing };
    byScore.set(score, entry);
  }
  return entry;
}
