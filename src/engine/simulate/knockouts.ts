import { ruleValue } from "./ruleValue.js";
import type { KnockoutRule, Profile, RuleValue } from "./types.js";

function hits(rule: KnockoutRule, value: RuleValue): boolean {
  if (value === undefined) return false; // a missing field skips its rule
  if (typeof value === "boolean") return rule.op === "eq" && value === rule.value;
  const target = typeof rule.value === "boolean" ? undefined : rule.value;
  switch (rule.op) {
    case "eq":
      return target !== undefined && value.eq(target);
    case "lt":
      return target !== undefined && value.lt(target);
    case "lte":
      return target !== undefined && value.lte(target);
    case "gt":
      return target !== undefined && value.gt(target);
    case "gte":
      return target !== undefined && value.gte(target);
    case "outside":
      return (rule.min !== undefined && value.lt(rule.min)) || (rule.max !== undefined && value.gt(rule.max));
  }
}

/** Every knock-out rule the profile hits, in policy order (the first one decides). */
export function knockoutsHit(profile: Profile, rules: readonly KnockoutRule[]): KnockoutRule[] {
  return rules.filter((rule) => hits(rule, ruleValue(profile, rule.field)));
}
