import type { Level, RuleValue } from "./types.js";

/** Whether a rule value is the listed level: equality of like types (9999 is 9999, "7" is not 7); the exact dsr compares as a number. */
export function sameLevel(value: Exclude<RuleValue, undefined>, level: Level): boolean {
  if (typeof value === "object") return typeof level === "number" && value.eq(level);
  return value === level;
}
