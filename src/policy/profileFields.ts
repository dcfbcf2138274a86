import { ProfileSchema } from "./schemas.js";

/** The fields a profile may have, and those of its request: straight from the schema. */
export const PROFILE_FIELDS: readonly string[] = Object.keys(ProfileSchema.shape);
export const REQUEST_FIELDS: readonly string[] = Object.keys(ProfileSchema.shape.request.unwrap().unwrap().shape);

const shownKey = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 37)}...` : key);

/** Edit distance, capped: only near misses matter. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] as number;
}

/** A field name as shown in warnings and errors (`"zhimascore"`), and a near known name when there is one. */
export function describeUnknownField(path: string): { readonly shown: string; readonly near?: string } {
  const [first, second] = path.startsWith("request.") ? ["request.", path.slice(8)] : ["", path];
  const known = first ? REQUEST_FIELDS : PROFILE_FIELDS;
  const near = second.length <= 60 ? known.find((k) => k.toLowerCase() === second.toLowerCase()) ?? known.find((k) => distance(k.toLowerCase(), second.toLowerCase()) <= 2) : undefined;
  return near === undefined ? { shown: shownKey(path) } : { shown: shownKey(path), near: `${first}${near}` };
}

/** The record's keys the schema does not know (top level and in request), as paths. */
export function unknownFields(record: unknown): string[] {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return [];
  const out: string[] = [];
  for (const key of Object.keys(record)) if (!PROFILE_FIELDS.includes(key)) out.push(key);
  const request = (record as { request?: unknown }).request;
  if (typeof request === "object" && request !== null && !Array.isArray(request)) {
    for (const key of Object.keys(request)) if (!REQUEST_FIELDS.includes(key)) out.push(`request.${key}`);
  }
  return out;
}
