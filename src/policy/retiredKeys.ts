/**
 * Economics keys an older policy may still carry, each with what replaced it:
 * refused as unknown, but saying where the setting went.
 */
export const RETIRED_ECONOMICS: Readonly<Record<string, string>> = {
  fundingRate: "replaced by pricing.costOfFunds, the one cost of funds",
  chargeOffMonth: "replaced by economics.chargeOffDays, in days past due, default 180",
};

/** The replacement of a retired economics key, or undefined. */
export function retiredEconomicsKey(key: string): string | undefined {
  return Object.hasOwn(RETIRED_ECONOMICS, key) ? RETIRED_ECONOMICS[key] : undefined;
}
