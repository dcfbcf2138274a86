import { ruleValue } from "./ruleValue.js";
import { sameLevel } from "./sameLevel.js";
import { compareTo } from "./threshold.js";
import type { KnockoutRule, Profile, RuleValue } from "./types.js";

function hits(rule: KnockoutRule, value: RuleValue): boolean {
  if (value === undefined) return false; // a missing field skips its rule
  if (rule.op === "in") return rule.levels?.some((l) => sameLevel(value, l)) ?? false;
  if (typeof value === "boolean" || typeof value === "string") return rule.op === "eq" && value === rule.value;
  if (rule.op === "outside") return (rule.min !== undefined && compareTo(value, rule.min) < 0) || (rule.max !== undefined && compareTo(value, rule.max) > 0);
  if (rule.value === undefined || typeof rule.value !== "object") return false;
  const c = compareTo(value, rule.value);
  switch (rule.op) {
    case "eq":
      return c === 0;
    case "lt":
      return c < 0;
    case "lte":
      return c <= 0;
    case "gt":
      return c > 0;
    case "gte":
      return c >= 0;
    default:
      return false;
  }
}

/** Every knock-out rule the profile hits, in policy order (the first one decides). */
export function knockoutsHit(profile: Profile, rules: readonly KnockoutRule[]): KnockoutRule[] {
  return rules.filter((rule) => hits(rule, ruleValue(profile, rule.field)));
}
