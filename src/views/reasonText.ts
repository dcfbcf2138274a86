import { PROFILE_FIELDS } from "../engine/simulate/profileFields.js";
import type { Bin, Reason, RuleValue } from "../engine/simulate/types.js";
import { FIELD_LABELS, type FieldLabel } from "./fieldLabels.js";
import type { Lang } from "./lang.js";

/** A rule value as a reason shows it: a number as the profile gave it, the derived dsr to 4 places. */
function shownValue(value: RuleValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  return typeof value === "number" ? String(value) : value.toDecimalPlaces(4).toString();
}

const INTEGER_FIELDS: ReadonlySet<string> = new Set(Object.entries(PROFILE_FIELDS).filter(([, s]) => s.kind === "integer").map(([f]) => f));

/** A bin's range for people; for a whole-number field [12, 36) reads 12–35, and [0, 1) reads 0. */
function range(bin: Bin | null, integer: boolean, lang: Lang): string {
  if (bin === null) return lang === "zh" ? "其他值" : "other values"; // `other` scores best
  if (bin.levels !== undefined) return bin.levels.map(String).join(", ");
  if (integer && bin.min?.d.isInteger() && bin.max?.d.isInteger()) {
    const last = bin.max.d.minus(1);
    return last.eq(bin.min.d) ? last.toString() : `${bin.min.d.toString()}–${last.toString()}`;
  }
  const [min, max] = [bin.min?.d.toString(), bin.max?.d.toString()];
  if (min !== undefined && max !== undefined) return lang === "zh" ? `${min} 至不足 ${max}` : `${min} to under ${max}`;
  if (min !== undefined) return lang === "zh" ? `≥${min}` : `≥ ${min}`;
  if (max !== undefined) return lang === "zh" ? `<${max}` : `< ${max}`;
  return lang === "zh" ? "任意值" : "any value";
}

const labelOf = (field: string): FieldLabel => (FIELD_LABELS as Readonly<Record<string, FieldLabel>>)[field] ?? { zh: field, en: field };

/**
 * A reason's sentence in `lang`: the policy's own text for a decision, a
 * knock-out or a declined request; for a scorecard reason the value (or that
 * it is missing) and the best bin's range with the points it would add, e.g.
 * "Zhima score 746: ≥ 750 scores 13 more" / "芝麻分 746：≥750 档多得 13 分".
 */
export function reasonText(r: Reason, lang: Lang): string {
  if ("text" in r) return r.text[lang];
  const label = labelOf(r.field);
  const shown = shownValue(r.value);
  const bin = range(r.bestBin, INTEGER_FIELDS.has(r.field), lang);
  if (lang === "zh") return `${shown === undefined ? `${label.zh}缺失` : `${label.zh} ${shown}${label.unit?.zh ?? ""}`}：${bin} 档多得 ${r.pointsLost} 分`;
  return `${shown === undefined ? `${label.en} missing` : `${label.en} ${shown}${label.unit?.en ?? ""}`}: ${bin} scores ${r.pointsLost} more`;
}
