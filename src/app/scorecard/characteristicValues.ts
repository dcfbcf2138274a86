import type { Level } from "../../engine/scorecardFit/binningOptions.js";
import { ruleValue } from "../../engine/simulate/ruleValue.js";
import type { Profile } from "../../engine/simulate/types.js";

/** A characteristic's column: numbers (dsr's exact decimal as a number), or levels when any value is text or a boolean. */
export interface CharacteristicColumn {
  readonly kind: "number" | "category" | "boolean";
  readonly values: readonly (Level | undefined)[];
}

/** A characteristic's value per profile, undefined when missing; its kind as the policy declares the field, else from the values themselves. */
export function characteristicValues(profiles: readonly Profile[], field: string, declared?: CharacteristicColumn["kind"]): CharacteristicColumn {
  const values = profiles.map((p): Level | undefined => {
    const v = ruleValue(p, field);
    return typeof v === "object" ? v.toNumber() : v;
  });
  const known = values.filter((v) => v !== undefined);
  const kind = declared ?? (known.some((v) => typeof v === "string") ? "category" : known.length > 0 && known.every((v) => typeof v === "boolean") ? "boolean" : "number");
  // a number among text is a level written as a number (7 → "7"), as the policy's category fields take it
  return { kind, values: kind === "category" ? values.map((v) => (v === undefined ? v : String(v))) : values };
}
