import { Decimal } from "../decimal.js";
import type { Profile, RuleValue } from "./types.js";

/**
 * The value a rule reads: a profile field, or `dsr` = existingMonthlyDebt /
 * monthlyIncome, defined only when both are known and income is above 0.
 */
export function ruleValue(profile: Profile, field: string): RuleValue {
  if (field === "dsr") {
    const debt = profile.existingMonthlyDebt;
    return debt !== undefined && profile.monthlyIncome > 0 ? new Decimal(debt).div(profile.monthlyIncome) : undefined;
  }
  if (!Object.hasOwn(profile, field) || field === "id" || field === "request") return undefined;
  return (profile as unknown as Record<string, RuleValue>)[field];
}
