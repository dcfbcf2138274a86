import { inexactNumber } from "../../json/numberLiterals.js";
import type { CsvFieldType } from "./csvFieldTypes.js";

/** Cells that mean "no value" in the tools CSV comes from (R, pandas, Excel, SQL dumps): the key is left out. */
export const MISSING_SPELLINGS: ReadonlySet<string> = new Set(["", "NA", "N/A", "NaN", "null", "NULL", "#N/A"]);

/** A plain decimal number as spreadsheets write it: no exponent, no thousands separator, no sign but minus. */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** An id that JSON writes the same way as a number: no sign, no leading zero ("007" stays text). */
const CANONICAL_INTEGER = /^(?:0|[1-9]\d{0,15})$/;
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["true", true], ["TRUE", true], ["True", true], ["1", true],
  ["false", false], ["FALSE", false], ["False", false], ["0", false],
]);

/** A cell's value; undefined when it is missing; an error when a number cannot be kept exactly (as NDJSON words it). */
export type TypedCell = { readonly value: unknown } | { readonly error: string } | undefined;

const isBlank = (c: number) => c === 32 || c === 9;

/** Spaces and tabs around a number or a flag mean nothing; text keeps them. */
function bare(text: string): string {
  return text.length > 0 && (isBlank(text.charCodeAt(0)) || isBlank(text.charCodeAt(text.length - 1))) ? text.replace(/^[ \t]+|[ \t]+$/g, "") : text;
}

/**
 * Types one cell by its column's type: number → a JSON number, boolean →
 * true/false (also 1/0, TRUE/FALSE, True/False), category → the text, id →
 * a number when canonical and safe, else the text. A column of no known
 * type: a plain decimal number → number, else the text. Text that does not
 * fit its type is kept as text, so profile validation words the error just
 * as it does for the same value in NDJSON.
 */
export function typedCell(text: string, type: CsvFieldType | undefined, name: string): TypedCell {
  const trimmed = bare(text);
  if (MISSING_SPELLINGS.has(trimmed)) return undefined;
  switch (type) {
    case "number":
    case "integer": {
      if (!DECIMAL.test(trimmed)) return { value: text };
      const inexact = inexactNumber(trimmed);
      return inexact === undefined ? { value: Number(trimmed) } : { error: `field ${name}: ${inexact}` };
    }
    case "boolean":
      return { value: BOOLEANS.get(trimmed) ?? text };
    case "category":
      return { value: text };
    case "id":
      return { value: CANONICAL_INTEGER.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : text };
    case undefined:
      return { value: DECIMAL.test(trimmed) && inexactNumber(trimmed) === undefined ? Number(trimmed) : text };
  }
}
