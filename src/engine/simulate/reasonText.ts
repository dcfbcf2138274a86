import { Decimal } from "../decimal.js";
import { FIELD_LABELS, type FieldLabel } from "./fieldLabels.js";
import { PROFILE_FIELDS } from "./profileFields.js";
import type { Bin, Characteristic, LocalizedText, RuleValue } from "./types.js";

/** A rule value as a reason shows it: a number as the profile gave it, the derived dsr to 4 places. */
export function shownValue(value: RuleValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  return typeof value === "number" ? String(value) : value.toDecimalPlaces(4).toString();
}

/** How far a value lies from a bin (0 inside it): the best bin nearest the value is the one to name. */
function distance(bin: Bin, value: RuleValue): Decimal {
  if (value === undefined || typeof value === "boolean" || typeof value === "string" || bin.levels !== undefined) return new Decimal(0);
  const v = new Decimal(value);
  if (bin.min !== undefined && v.lt(bin.min.d)) return bin.min.d.minus(v);
  if (bin.max !== undefined && v.gte(bin.max.d)) return v.minus(bin.max.d);
  return new Decimal(0);
}

const INTEGER_FIELDS: ReadonlySet<string> = new Set(Object.entries(PROFILE_FIELDS).filter(([, s]) => s.kind === "integer").map(([f]) => f));

/** A bin's range for people; for a whole-number field [12, 36) reads 12–35, and [0, 1) reads 0. */
function range(bin: Bin | undefined, integer: boolean): LocalizedText {
  if (bin === undefined) return { zh: "其他值", en: "other values" }; // `other` scores best
  if (bin.levels !== undefined) {
    const text = bin.levels.map(String).join(", ");
    return { zh: text, en: text };
  }
  if (integer && bin.min?.d.isInteger() && bin.max?.d.isInteger()) {
    const last = bin.max.d.minus(1);
    const text = last.eq(bin.min.d) ? last.toString() : `${bin.min.d.toString()}–${last.toString()}`;
    return { zh: text, en: text };
  }
  const [min, max] = [bin.min?.d.toString(), bin.max?.d.toString()];
  if (min !== undefined && max !== undefined) return { zh: `${min} 至不足 ${max}`, en: `${min} to under ${max}` };
  if (min !== undefined) return { zh: `≥${min}`, en: `≥ ${min}` };
  if (max !== undefined) return { zh: `<${max}`, en: `< ${max}` };
  return { zh: "任意值", en: "any value" };
}

const labelOf = (field: string): FieldLabel => (FIELD_LABELS as Readonly<Record<string, FieldLabel>>)[field] ?? { zh: field, en: field };

/**
 * A scorecard reason that is true of the applicant: the value (or that it is
 * missing) and the best bin's range with the points it would add, e.g.
 * "Zhima score 746: ≥ 750 scores 13 more" / "芝麻分 746：≥750 档多得 13 分".
 */
export function reasonText(c: Characteristic, value: RuleValue, pointsLost: number): LocalizedText {
  const label = labelOf(c.field);
  const shown = shownValue(value);
  const best = c.bins.filter((b) => b.points === c.best).reduce<Bin | undefined>((a, b) => (a === undefined || distance(b, value).lt(distance(a, value)) ? b : a), undefined);
  const r = range(best, INTEGER_FIELDS.has(c.field));
  const zh = shown === undefined ? `${label.zh}缺失` : `${label.zh} ${shown}${label.unit?.zh ?? ""}`;
  const en = shown === undefined ? `${label.en} missing` : `${label.en} ${shown}${label.unit?.en ?? ""}`;
  return { zh: `${zh}：${r.zh} 档多得 ${pointsLost} 分`, en: `${en}: ${r.en} scores ${pointsLost} more` };
}
