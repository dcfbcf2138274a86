import { PROFILE_FIELDS, type FieldSpec } from "../../engine/simulate/profileFields.js";

/** What a CSV cell of a known column is read as (CSV has no types: the column's field says). */
export type CsvFieldType = "number" | "integer" | "boolean" | "category" | "id";
export type FieldTypes = ReadonlyMap<string, CsvFieldType>;

/** No fields declared beyond the built-in list: the types a policy without `fields` gives. */
export const NO_DECLARED_FIELDS: FieldTypes = new Map();

function typeOf(spec: FieldSpec): CsvFieldType | undefined {
  if (spec.kind === "boolean" || spec.kind === "id") return spec.kind;
  return spec.kind === "request" ? undefined : "number";
}

/** The built-in profile fields' types; request.terms is a whole number, request.amount a number or text such as 1.5万. */
export const BUILT_IN_FIELD_TYPES: FieldTypes = new Map([
  ...Object.entries(PROFILE_FIELDS as Record<string, FieldSpec>).flatMap(([name, spec]) => {
    const type = typeOf(spec);
    return type ? [[name, type] as const] : [];
  }),
  ["request.terms", "integer"],
]);

/** Every column type the reader knows: the built-in fields, then those declared (a policy's `fields`). */
export function withBuiltIns(declared: FieldTypes): FieldTypes {
  return declared.size === 0 ? BUILT_IN_FIELD_TYPES : new Map([...BUILT_IN_FIELD_TYPES, ...declared]);
}

/** A declared field as a policy's `fields` gives it (engine/simulate/types.ts DeclaredField): only what typing a cell needs. */
interface DeclaredType {
  readonly name: string;
  readonly type: "number" | "category" | "boolean";
  readonly integer?: boolean;
}

/** The CSV types of a policy's declared fields (pass the compiled policy, or merged declarations). */
export function declaredFieldTypes(declarations: { readonly fields?: readonly DeclaredType[] } | undefined): FieldTypes {
  const fields = declarations?.fields ?? [];
  return fields.length === 0 ? NO_DECLARED_FIELDS : new Map(fields.map((f) => [f.name, f.type === "number" && f.integer ? "integer" : f.type]));
}
