import { FieldError, said, the } from "./fieldError.js";
import { nearName } from "../policy/profileFields.js";
import { ProfileSchema } from "../policy/schemas.js";

const FIELDS = Object.keys(ProfileSchema.shape);

/** `--keep age,zhimaScore` (repeatable): the input fields each output record carries, in the order given, once each; `declared`: the policy's own fields. */
export function parseKeep(values: readonly string[], declared: readonly string[] = []): string[] {
  const out: string[] = [];
  const fields = declared.length ? [...FIELDS, ...declared] : FIELDS;
  for (const name of values.flatMap((v) => v.split(",")).map((v) => v.trim())) {
    if (!fields.includes(name)) {
      const near = nearName(name, fields);
      throw new FieldError("keep", "unknown", said`${the("keep")}: unknown profile field ${JSON.stringify(name)}${near ? ` (did you mean "${near}"?)` : ` (fields: ${fields.join(", ")})`}`);
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** The kept fields of a record as scored (after --set): a field the record lacks is null, so every line has the same keys. */
export function keptFields(record: unknown, keep: readonly string[]): Record<string, unknown> {
  const source = typeof record === "object" && record !== null && !Array.isArray(record) ? (record as Record<string, unknown>) : {};
  return Object.fromEntries(keep.map((name) => [name, Object.hasOwn(source, name) ? source[name] : null]));
}
