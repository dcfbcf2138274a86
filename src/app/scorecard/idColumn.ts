import { FieldError, said, the } from "../fieldError.js";

/**
 * The column that holds each record's id: `--id COLUMN` (which some record
 * must have), else a column named `id`, else one named ID in any case
 * (`ID`, `Id`); undefined when there is none.
 */
export function idColumnOf(columns: readonly string[], given: string | undefined, name: string): string | undefined {
  if (given !== undefined) {
    if (given.trim() === "") throw new FieldError("id", "empty", said`${the("id")}: name the column that holds each record's id, e.g. ${the("id")} customer_no`);
    if (!columns.includes(given)) throw new FieldError("id", "no-column", said`${the("id")} ${given}: no record of ${name} has a column ${JSON.stringify(given)}${columns.length ? ` (columns: ${columns.slice(0, 12).join(", ")}${columns.length > 12 ? ", …" : ""})` : ""}`, { got: given });
    // Two ids would make the record's id ambiguous: the column `id` would be lost unsaid.
    if (given !== "id" && columns.includes("id")) throw new FieldError("id", "two-ids", said`${the("id")} ${given}: the records have a column "id" too; rename one of them, or leave out ${the("id")} to use "id"`, { got: given });
    return given;
  }
  if (columns.includes("id")) return "id";
  return columns.find((c) => c.toLowerCase() === "id");
}

/** The record with its id column read as `id` (the column itself then no field of the profile). */
export function withId(value: Record<string, unknown>, idColumn: string | undefined): Record<string, unknown> {
  if (idColumn === undefined || idColumn === "id" || !Object.hasOwn(value, idColumn)) return value;
  const { [idColumn]: id, ...rest } = value;
  return { ...rest, id };
}
