import { Decimal } from "../decimal.js";
import type { Band, Policy } from "./types.js";

/**
 * The risk-based price: required = cost of funds + opex + margin + riskLoad ×
 * PD × LGD, rounded up to 0.01 pp; offered = max(band APR, required) within
 * [floor, cap]. `exceedsCap` when the risk needs more than the cap allows.
 */
export function priceFor(band: Band, pd: Decimal, pricing: Policy["pricing"]): { apr: Decimal; required: Decimal; exceedsCap: boolean } {
  const required = pricing.base.plus(pricing.riskLoad.times(pd).times(pricing.lgd).times(100)).toDecimalPlaces(2, Decimal.ROUND_CEIL);
  const apr = Decimal.min(Decimal.max(band.apr, required, pricing.floorApr), pricing.capApr);
  return { apr, required, exceedsCap: required.gt(pricing.capApr) };
}
