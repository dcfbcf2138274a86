import type { ProfileDeclarations } from "../engine/simulate/types.js";
import type { IsoDate } from "../engine/dates.js";
import type { CharacteristicPoints, Offer, Policy } from "../engine/simulate/types.js";
import type { InputRecord } from "./batch/readRecords.js";
import { evaluateRecord, type Outcome } from "./evaluateRecord.js";
import type { FieldCheck } from "./batch/readProfile.js";
import { readOverride, type FieldOverride } from "./overrides.js";

// simulate --what-if: one profile's offer as it is and as it would be with
// some fields changed, and the scorecard points that moved — what would
// raise the limit or lower the price.

/** The two offers and the points that differ between them. */
export interface WhatIf {
  readonly asIs: Offer;
  readonly whatIf: Offer;
  /** The characteristics whose value or points changed, as they are and as they would be. */
  readonly changed: readonly { readonly asIs: CharacteristicPoints; readonly whatIf: CharacteristicPoints }[];
}

/** One `--what-if field=value`: read as --set reads it, named as the user wrote it. */
export function parseWhatIf(text: string, declarations?: ProfileDeclarations): FieldOverride {
  return readOverride(text, "whatIf", declarations);
}

const same = (a: CharacteristicPoints, b: CharacteristicPoints) => a.points === b.points && String(a.value) === String(b.value);

/** A profile refused; `byWhatIf`: only once the --what-if changes were made (the caller says so). */
export type WhatIfRefused = Exclude<Outcome, { offer: Offer }> & { readonly byWhatIf?: true };

/** Scores the record as it is (after --set) and with the --what-if changes on top; an invalid profile is its error outcome. */
export function evaluateWhatIf(record: InputRecord, policy: Policy, overrides: readonly FieldOverride[], whatIfs: readonly FieldOverride[], start: IsoDate, fields?: FieldCheck): WhatIf | WhatIfRefused {
  const asIs = evaluateRecord(record, policy, overrides, start, fields);
  if (!("offer" in asIs)) return asIs;
  const changed = evaluateRecord(record, policy, [...overrides, ...whatIfs], start);
  if (!("offer" in changed)) return { ...changed, byWhatIf: true };
  const after = new Map(changed.offer.points.map((p) => [p.id, p]));
  const moved = asIs.offer.points.flatMap((p) => {
    const q = after.get(p.id);
    return q && !same(p, q) ? [{ asIs: p, whatIf: q }] : [];
  });
  return { asIs: asIs.offer, whatIf: changed.offer, changed: moved };
}
