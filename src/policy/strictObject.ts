import { z } from "zod";
import { nearName } from "./profileFields.js";

const quoted = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 37)}...` : key);
const SHOWN = 5;

/** The one known key that `key` (3 characters or more) begins, as "coef" begins "coefficient". */
function prefixOf(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const found = lower.length < 3 ? [] : known.filter((k) => k.toLowerCase().startsWith(lower));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * `unknown key "mni" (did you mean "min"?)` for the keys an object does not
 * know, at most five of them, each with the known key it resembles, and
 * `; "field" is missing` when that key is required and absent from `input`.
 */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[], required: ReadonlySet<string>, input: unknown, retired: (key: string) => string | undefined = () => undefined): string {
  const near = keys.map((key) => nearName(key, known) ?? prefixOf(key, known));
  const said = keys.map(retired);
  const parts = keys.slice(0, SHOWN).map((key, i) => `${quoted(key)}${said[i] ? ` (${said[i]})` : near[i] ? ` (did you mean "${near[i]}"?)` : ""}`);
  const more = keys.length > SHOWN ? ` and ${keys.length - SHOWN} more` : "";
  // A retired key's replacement says more than the list of known keys.
  const knownList = near.some((n, i) => n === undefined && said[i] === undefined) ? ` (known: ${known.join(", ")})` : "";
  const present = typeof input === "object" && input !== null ? Object.keys(input) : [];
  const missing = [...new Set(near.filter((n): n is string => n !== undefined && required.has(n) && !present.includes(n)))].map((n) => `; "${n}" is missing`);
  return `unknown key${keys.length > 1 ? "s" : ""} ${parts.join(", ")}${more}${knownList}${missing.join("")}`;
}

/**
 * A policy object that refuses keys it does not know: a typo (`mni` for `min`)
 * must not silently drop a rule's bound. The message names the unknown keys
 * and the near known ones.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, retired?: (key: string) => string | undefined) {
  const known = Object.keys(shape);
  // Keys without a default that must be given: a typo of one of these leaves it missing.
  const required = new Set(known.filter((k) => !(shape[k] as z.ZodType).safeParse(undefined).success));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys.map(String), known, required, issue.input, retired) : undefined),
  });
}
