import { PROFILE_FIELDS } from "../../engine/simulate/profileFields.js";
import { FieldError, said, the } from "../fieldError.js";
import { nearName } from "../../policy/profileFields.js";
import { inferFieldTypes, typedValue, type FieldInference, type FieldLeftOut, type FieldType } from "./inferFieldTypes.js";

/** Every column some record holds, in the order first seen. */
export function columnsOf(records: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const key of Object.keys(r)) seen.add(key);
  return [...seen];
}

/** What fit is told and knows about the columns before it decides what to fit on. */
export interface ColumnContext {
  readonly target: string;
  readonly idColumn: string | undefined;
  /** `--fields a,b,c`, as given. */
  readonly fields?: readonly string[];
  /** Fields the base policy declares, with their types. */
  readonly declared: ReadonlyMap<string, FieldType>;
}

const isBuiltIn = (name: string) => Object.hasOwn(PROFILE_FIELDS, name);
/** The fields every built-in profile has (invited, age, monthlyIncome). */
const BUILT_IN_REQUIRED = Object.entries(PROFILE_FIELDS).flatMap(([name, spec]) => (spec.required ? [name] : []));

/** `; did you mean "channel"?` for a near miss among the columns, else the columns (the first 12). */
function suggestion(name: string, columns: readonly string[]): string {
  const near = nearName(name, columns);
  if (near !== undefined) return `; did you mean ${JSON.stringify(near)}?`;
  return ` (columns: ${columns.slice(0, 12).join(", ")}${columns.length > 12 ? ", …" : ""})`;
}

/**
 * Whether fit works on the team's own columns: `--fields` is given, or the
 * records hold columns that are not built-in profile fields (nor the target
 * or the id) and are not built-in profiles — they lack a field every built-in
 * profile has. Built-in profiles stay built-in, with a misspelt field (warned
 * about as unknown) or with fields a --policy declares (fitted as its
 * characteristics say); own data fitted again under its fitted policy is own data.
 */
export function isOwnData(columns: readonly string[], c: ColumnContext): boolean {
  if (c.fields !== undefined) return true;
  const own = columns.some((name) => !isBuiltIn(name) && name !== c.target && name !== c.idColumn);
  return own && BUILT_IN_REQUIRED.some((name) => !columns.includes(name));
}

/** The characteristics' fields: `--fields` (each a column, not the target or id), else every column but the target and the id. */
export function chosenFields(columns: readonly string[], c: ColumnContext): string[] {
  if (c.fields === undefined) return columns.filter((name) => name !== c.target && name !== c.idColumn);
  const seen = new Set<string>();
  for (const name of c.fields) {
    if (name === "") throw new FieldError("fields", "empty", said`${the("fields")}: expected column names separated by commas, e.g. ${the("fields")} queries6m,channel (an empty name was given)`);
    if (!columns.includes(name)) throw new FieldError("fields", "no-column", said`${the("fields")}: no record has a column ${JSON.stringify(name)}${suggestion(name, columns)}`, { got: name });
    if (name === c.target) throw new FieldError("fields", "target", said`${the("fields")}: ${name} is the target (${the("target")}); it cannot be a characteristic`, { got: name });
    if (name === c.idColumn) throw new FieldError("fields", "id", said`${the("fields")}: ${name} is the id column; it cannot be a characteristic`, { got: name });
    if (seen.has(name)) throw new FieldError("fields", "twice", said`${the("fields")}: ${name} is given twice`, { got: name });
    seen.add(name);
  }
  return [...seen];
}

/** The own-data fields: their types (with the left-out ones), and the columns not fitted on. */
export interface OwnDataFields {
  readonly fields: readonly FieldInference[];
  readonly leftOut: readonly FieldLeftOut[];
  /** Columns --fields leaves out (besides the target and the id). */
  readonly notChosen: readonly string[];
}

/** Chooses and types the fields to fit on. */
export function ownDataFields(records: readonly Record<string, unknown>[], c: ColumnContext): OwnDataFields {
  const columns = columnsOf(records);
  const names = chosenFields(columns, c);
  const typed = inferFieldTypes(records, names, c.declared);
  return { ...typed, notChosen: columns.filter((name) => !names.includes(name) && name !== c.target && name !== c.idColumn) };
}

/**
 * A record with its inferred fields in their types (text true/false → a
 * boolean, a number in a category → its text), ready for the policy's own
 * field checks; a value that is not of its type stays as it was, for those
 * checks to name. Columns that are not fitted on are left out of the profile.
 */
export function typedRecord(value: Record<string, unknown>, fields: readonly FieldInference[], keep: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (keep.has(key)) out[key] = value[key];
  for (const f of fields) {
    if (f.source !== "inferred" || !Object.hasOwn(value, f.name)) continue;
    const typed = typedValue(value[f.name], f.type);
    if (typed !== undefined) out[f.name] = typed;
  }
  return out;
}
