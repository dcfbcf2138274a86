import { FieldError, said, the } from "./fieldError.js";
import { Decimal } from "../engine/decimal.js";
import { PROFILE_FIELDS } from "../engine/simulate/profileFields.js";
import { MISSING, type SegmentSpec } from "../engine/simulate/segments.js";
import type { NamedSegmentSpec } from "../engine/simulate/summary.js";
import type { Offer } from "../engine/simulate/types.js";
import { nearName } from "../policy/profileFields.js";

const NUMBER_FIELDS = Object.entries(PROFILE_FIELDS).filter(([, s]) => s.kind === "integer" || s.kind === "money" || s.kind === "fraction").map(([f]) => f);
const RULE = "band, decision-code, FIELD:deciles or FIELD:a,b,c (cut points, ascending), FIELD a number field of the profile";

/** One `--by`: band | decision-code | zhimaScore:deciles | age:18,22,26,36,46,56. */
export function parseSegmentSpec(text: string): NamedSegmentSpec {
  if (text === "band" || text === "decision-code") return { name: text, spec: { kind: text } };
  const at = text.indexOf(":");
  const field = at < 0 ? text : text.slice(0, at);
  if (!NUMBER_FIELDS.includes(field)) {
    const near = nearName(field, ["band", "decision-code", ...NUMBER_FIELDS]);
    throw new FieldError("by", "syntax", said`${the("by")}: unknown segment ${JSON.stringify(text)}${near ? ` (did you mean "${near}"?)` : ""}; expected ${RULE}`);
  }
  const rest = at < 0 ? "" : text.slice(at + 1);
  if (rest === "deciles") return { name: text, spec: { kind: "field", field, cuts: "deciles" } };
  const parts = rest.split(",").map((p) => p.trim());
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) throw new FieldError("by", "syntax", said`${the("by")} ${field}: expected :deciles or cut points such as ${field}:18,22,26, got ${JSON.stringify(rest)}`);
  const cuts = parts.map((p) => new Decimal(p));
  if (cuts.some((c, i) => i > 0 && !c.gt(cuts[i - 1] as Decimal))) throw new FieldError("by", "range", said`${the("by")} ${field}: cut points must rise, got ${rest}`);
  return { name: text, spec: { kind: "field", field, cuts } };
}

/** A record's key for one `--by`: its band, its decision code, or its field's value as given (after --set). */
export function segmentKey(spec: SegmentSpec, offer: Offer, input: unknown): string {
  if (spec.kind === "band") return offer.band ?? "(no band)";
  if (spec.kind === "decision-code") return offer.code ?? "(approved)";
  const value = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[spec.field] : undefined;
  return typeof value === "number" ? String(value) : MISSING;
}
