import { Decimal } from "../decimal.js";
import { PROFILE_FIELDS } from "./profileFields.js";
import type { Profile, RuleValue } from "./types.js";

/** Built-in fields no rule reads (id, request); any other own key is a built-in rule field or one the policy declared (toProfile keeps no others). */
const UNREADABLE: ReadonlySet<string> = new Set(Object.entries(PROFILE_FIELDS).filter(([, s]) => !s.rules).map(([f]) => f));

/**
 * The value a rule reads: a profile field, or `dsr` = existingMonthlyDebt /
 * monthlyIncome, defined only when both are known and income is above 0.
 */
export function ruleValue(profile: Profile, field: string): RuleValue {
  if (field === "dsr") {
    const debt = profile.existingMonthlyDebt;
    // monthlyIncome may be missing under a policy's requiredFields: undefined > 0 is false.
    return debt !== undefined && profile.monthlyIncome > 0 ? new Decimal(debt).div(profile.monthlyIncome) : undefined;
  }
  if (UNREADABLE.has(field) || !Object.hasOwn(profile, field)) return undefined;
  return (profile as unknown as Record<string, RuleValue>)[field];
}
