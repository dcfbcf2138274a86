import type { z } from "zod";

/** `bands[2].apr` from zod's path `["bands", 2, "apr"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

const NAMES: Readonly<Record<string, string>> = { int: "an integer", number: "a number", boolean: "a boolean", string: "a string", object: "an object", array: "an array" };

/**
 * A short preview of a user's value: at most two levels and five items deep,
 * so a value nested a million levels or a million items long costs nothing.
 */
function preview(value: unknown, depth: number): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? value.slice(0, 60) : value);
  // A number past the range of numbers (never from JSON: from arithmetic) is not shown as "Infinity".
  if (typeof value !== "object" || value === null) return typeof value === "number" && !Number.isFinite(value) ? "a number too large to hold" : String(JSON.stringify(value) ?? value);
  const entries = Array.isArray(value) ? value.slice(0, 5) : Object.entries(value).slice(0, 5);
  const more = (Array.isArray(value) ? value.length : Object.keys(value).length) > 5 ? ",..." : "";
  if (depth >= 2) return Array.isArray(value) ? (value.length ? "[...]" : "[]") : entries.length ? "{...}" : "{}";
  const items = entries.map((e) => (Array.isArray(value) ? preview(e, depth + 1) : `${JSON.stringify((e as [string, unknown])[0])}:${preview((e as [string, unknown])[1], depth + 1)}`));
  return Array.isArray(value) ? `[${items.join(",")}${more}]` : `{${items.join(",")}${more}}`;
}

function shown(input: unknown): string {
  const text = preview(input, 0);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * One zod issue as `expected an integer, got "abc"` (no path). zod reports a
 * string given to z.int() as "expected number"; `integer` says the field is
 * an integer one, so the message can say so.
 */
export function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }, integer = false): string {
  const got = "input" in issue && issue.input !== undefined ? `, got ${shown(issue.input)}` : "";
  // A schema that words its own rule ("must be from 5000 to 50000 CNY …") says the whole range at once.
  if (issue.message.startsWith("must be ")) return `${issue.message}${got}`;
  switch (issue.code) {
    case "invalid_type": {
      const expected = integer && issue.expected === "number" ? "int" : issue.expected;
      return issue.input === undefined ? "is required" : `expected ${NAMES[expected] ?? expected}${got}`;
    }
    case "too_small":
      return `must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}${issue.origin === "array" ? (Number(issue.minimum) === 1 ? " item" : " items") : ""}${got}`;
    case "too_big":
      return `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}${issue.origin === "array" ? (Number(issue.maximum) === 1 ? " item" : " items") : ""}${got}`;
    case "invalid_value":
      if (issue.input === undefined) return `is required (one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")})`;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got}`;
    case "invalid_union":
      return `has the wrong type${got}`;
    default:
      return `${issue.message}${got}`;
  }
}
