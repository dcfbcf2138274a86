import { ruleValue } from "../../engine/simulate/ruleValue.js";
import type { Profile } from "../../engine/simulate/types.js";

/** A characteristic's value per profile as a number (dsr's exact decimal too), undefined when missing. */
export function characteristicValues(profiles: readonly Profile[], field: string): (number | undefined)[] {
  return profiles.map((p) => {
    const v = ruleValue(p, field);
    return v === undefined || typeof v === "boolean" || typeof v === "string" ? undefined : typeof v === "number" ? v : v.toNumber();
  });
}
