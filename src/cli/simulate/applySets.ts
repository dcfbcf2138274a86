import { ProfileSchema } from "../../policy/schemas.js";
import { UsageError } from "../usageError.js";

/** One `--set field=value`: a profile field (or request.amount / request.terms) and its JSON value. */
export interface FieldOverride {
  readonly path: readonly [string] | readonly ["request", "amount" | "terms"];
  readonly value: unknown;
}

const FIELDS = Object.keys(ProfileSchema.shape);

/** Parses `field=value`; the value is read as JSON when it is JSON (720, true), else as a string. */
export function parseOverride(text: string): FieldOverride {
  const at = text.indexOf("=");
  if (at <= 0) throw new UsageError(`--set: expected field=value such as zhimaScore=720, got ${JSON.stringify(text)}`);
  const field = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: keep the text, so --set id=u7 works
  }
  if (field === "request.amount" || field === "request.terms") return { path: ["request", field.slice(8) as "amount" | "terms"], value };
  if (!FIELDS.includes(field) || field === "request") throw new UsageError(`--set: unknown profile field ${JSON.stringify(field)} (fields: ${FIELDS.filter((f) => f !== "request").join(", ")}, request.amount, request.terms)`);
  return { path: [field], value };
}

/** A copy of the record with the overrides applied; a non-object record is left for validation to reject. */
export function applyOverrides(record: unknown, overrides: readonly FieldOverride[]): unknown {
  if (overrides.length === 0 || typeof record !== "object" || record === null || Array.isArray(record)) return record;
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const { path, value } of overrides) {
    if (path.length === 1) out[path[0]] = value;
    else {
      const request = out.request;
      out.request = { ...(typeof request === "object" && request !== null ? request : {}), [path[1]]: value };
    }
  }
  return out;
}
