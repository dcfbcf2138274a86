import type { z } from "zod";

/** `bands[2].apr` from zod's path `["bands", 2, "apr"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

const NAMES: Readonly<Record<string, string>> = { int: "an integer", number: "a number", boolean: "a boolean", string: "a string", object: "an object", array: "an array" };

function shown(input: unknown): string {
  const text = JSON.stringify(input);
  return text === undefined ? String(input) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * One zod issue as `expected an integer, got "abc"` (no path). zod reports a
 * string given to z.int() as "expected number"; `integer` says the field is
 * an integer one, so the message can say so.
 */
export function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }, integer = false): string {
  const got = "input" in issue && issue.input !== undefined ? `, got ${shown(issue.input)}` : "";
  switch (issue.code) {
    case "invalid_type": {
      const expected = integer && issue.expected === "number" ? "int" : issue.expected;
      return issue.input === undefined ? "is required" : `expected ${NAMES[expected] ?? expected}${got}`;
    }
    case "too_small":
      return `must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}${issue.origin === "array" ? " items" : ""}${got}`;
    case "too_big":
      return `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}${issue.origin === "array" ? " items" : ""}${got}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got}`;
    case "invalid_union":
      return `has the wrong type${got}`;
    default:
      return `${issue.message}${got}`;
  }
}
