import { Decimal } from "../decimal.js";

/** The offer's PD as a book sums it: whole units of 1e-10 (half-up), so sums are exact integers that merge in any order (and 10 places, as pdExact shows). */
export function pdUnits(pd: Decimal): bigint {
  return BigInt(pd.times(1e10).toFixed(0, Decimal.ROUND_HALF_UP));
}
