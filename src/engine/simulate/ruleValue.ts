import { Decimal } from "../decimal.js";
import { RULE_FIELDS } from "./profileFields.js";
import type { Profile, RuleValue } from "./types.js";

const READABLE: ReadonlySet<string> = new Set(RULE_FIELDS);

/**
 * The value a rule reads: a profile field, or `dsr` = existingMonthlyDebt /
 * monthlyIncome, defined only when both are known and income is above 0.
 */
export function ruleValue(profile: Profile, field: string): RuleValue {
  if (field === "dsr") {
    const debt = profile.existingMonthlyDebt;
    return debt !== undefined && profile.monthlyIncome > 0 ? new Decimal(debt).div(profile.monthlyIncome) : undefined;
  }
  if (!READABLE.has(field) || !Object.hasOwn(profile, field)) return undefined;
  return (profile as unknown as Record<string, RuleValue>)[field];
}
