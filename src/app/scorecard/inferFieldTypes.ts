import { PROFILE_FIELDS } from "../../engine/simulate/profileFields.js";

/** The types a characteristic's field may have (a policy's `fields` declare the same three). */
export type FieldType = "number" | "category" | "boolean";

/** A field fitted on: its type, where the type came from, how many records have it and how many values it takes. */
export interface FieldInference {
  readonly name: string;
  readonly type: FieldType;
  readonly source: "declared" | "built-in" | "inferred";
  readonly present: number;
  readonly distinct: number;
}

/** A field that cannot be a characteristic: one value (or none) among the records, or not a value a bin can hold. */
export interface FieldLeftOut {
  readonly name: string;
  readonly reason: "allMissing" | "oneValue" | "notScalar" | "badName" | "allDistinct" | "rowNumber";
  readonly present: number;
  /** oneValue: the value every record that has the field holds. */
  readonly value?: string | number | boolean;
}

const isPresent = (v: unknown) => v !== undefined && v !== null;
/** Booleans as JSON writes them, or as text (a CSV cell of a column no policy declares stays text). */
const asBoolean = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : typeof v === "string" && /^(true|false)$/i.test(v) ? v.toLowerCase() === "true" : undefined);

/** A name no policy can declare: empty, one every JavaScript object has (`constructor`, `toString`), or the derived `dsr`. */
const undeclarable = (name: string) => name.trim() === "" || name in Object.prototype || name === "dsr";

/** The type a built-in field has (undefined: id and request, which no characteristic reads). */
export function builtInType(name: string): FieldType | undefined {
  if (!Object.hasOwn(PROFILE_FIELDS, name)) return undefined;
  const { kind } = PROFILE_FIELDS[name as keyof typeof PROFILE_FIELDS];
  return kind === "boolean" ? "boolean" : kind === "id" || kind === "request" ? undefined : "number";
}

/** The type the values themselves say: all numbers → number, all booleans → boolean, else category (a number among text is its text). */
function inferredType(values: readonly unknown[]): FieldType {
  if (values.every((v) => typeof v === "number")) return "number";
  if (values.every((v) => asBoolean(v) !== undefined)) return "boolean";
  return "category";
}

/** A value as its type holds it: a category's level as text, a boolean's text as true/false; undefined when it is not one. */
export function typedValue(value: unknown, type: FieldType): string | number | boolean | undefined {
  if (type === "boolean") return asBoolean(value);
  if (type === "number") return typeof value === "number" ? value : undefined;
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/**
 * A column that names records rather than describes them: text with a value
 * of its own per record (an identifier, free text: no level has two records
 * to bin), or the whole numbers 1…n, one each (a row number, as a
 * spreadsheet's or pandas' index writes it).
 */
function identifierLike(values: readonly unknown[], type: FieldType, distinct: number): "allDistinct" | "rowNumber" | undefined {
  if (distinct !== values.length || values.length < 3) return undefined;
  if (type === "category") return "allDistinct";
  if (type !== "number" || !values.every((v) => Number.isInteger(v))) return undefined;
  // A loop, not Math.max(...values): a spread of 300,000 arguments overflows the stack.
  let [min, max] = [Infinity, -Infinity];
  for (const v of values as number[]) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return max - min === values.length - 1 ? "rowNumber" : undefined;
}

/**
 * The type of each named field over the records: declared in the policy or
 * built-in, the type it has; otherwise inferred from the present values. A
 * field with no value, one value, a value no bin can hold (an object, an
 * array), or a name no policy can declare is left out — listed, never dropped unsaid.
 */
export function inferFieldTypes(records: readonly Record<string, unknown>[], names: readonly string[], declared: ReadonlyMap<string, FieldType>): { fields: FieldInference[]; leftOut: FieldLeftOut[] } {
  const fields: FieldInference[] = [];
  const leftOut: FieldLeftOut[] = [];
  for (const name of names) {
    const values = records.flatMap((r) => (Object.hasOwn(r, name) && isPresent(r[name]) ? [r[name]] : []));
    const present = values.length;
    if (undeclarable(name)) {
      leftOut.push({ name, reason: "badName", present });
      continue;
    }
    if (present === 0) {
      leftOut.push({ name, reason: "allMissing", present });
      continue;
    }
    if (values.some((v) => typeof v === "object")) {
      leftOut.push({ name, reason: "notScalar", present });
      continue;
    }
    const fixedType = declared.get(name) ?? builtInType(name);
    const type = fixedType ?? inferredType(values);
    const source = declared.has(name) ? "declared" : fixedType ? "built-in" : "inferred";
    // Counted as the type holds them: 7 and "7" are one level of a category.
    const distinct = new Set(values.map((v) => typedValue(v, type) ?? v)).size;
    if (distinct === 1) {
      leftOut.push({ name, reason: "oneValue", present, value: (typedValue(values[0], type) ?? String(values[0])) as string | number | boolean });
      continue;
    }
    const shape = source === "inferred" ? identifierLike(values, type, distinct) : undefined;
    if (shape) {
      leftOut.push({ name, reason: shape, present });
      continue;
    }
    fields.push({ name, type, source, present, distinct });
  }
  return { fields, leftOut };
}
