import { z } from "zod";
import { Decimal } from "../engine/decimal.js";
import { PRODUCTS } from "../engine/products.js";
import { AMOUNT_SPELLINGS, readAmount } from "../engine/money/amountText.js";
import { PROFILE_FIELDS, type FieldSpec, type ProfileFieldName } from "../engine/simulate/profileFields.js";
import { editDistance } from "../engine/editDistance.js";

// The policy layer's view of the one list of profile fields
// (engine/simulate/profileFields.ts): each field's zod schema, the names the
// checks need, and the warnings for fields the list does not know.

const { min, max } = PRODUCTS.suishendai.amount;
/** The rule a requested amount must meet: the product's range, as `quote` applies it, in whole 分. */
export const REQUEST_AMOUNT_RULE = `must be from ${min.toString()} to ${max.toString()} CNY with at most 2 decimals`;
const numberAmount = z
  .number()
  .min(min.toNumber(), REQUEST_AMOUNT_RULE)
  .max(max.toNumber(), REQUEST_AMOUNT_RULE)
  .refine((amount) => new Decimal(String(amount)).decimalPlaces() <= 2, REQUEST_AMOUNT_RULE);
/** The rule for an amount written as text ("1.5万"): the same range, and the spellings the one amount reader takes. */
export const REQUEST_AMOUNT_TEXT_RULE = `${REQUEST_AMOUNT_RULE}, as a number or text such as ${AMOUNT_SPELLINGS}`;
/** request.amount as people write it, read exactly by the one amount reader (a JSON number stays a number). */
const textAmount = z.string().refine((text) => {
  const read = readAmount(text);
  return read.ok && read.value.gte(min) && read.value.lte(max);
}, REQUEST_AMOUNT_TEXT_RULE);
const requestAmount = z.union([numberAmount, textAmount]);
const request = z.object({ amount: requestAmount, terms: z.int().min(1).max(PRODUCTS.none.terms.max) });

type Fields = typeof PROFILE_FIELDS;
type ZodOf<S> = S extends { kind: "boolean" } ? z.ZodBoolean : S extends { kind: "integer" } ? z.ZodInt : S extends { kind: "money" | "fraction" } ? z.ZodNumber : S extends { kind: "id" } ? z.ZodUnion<[z.ZodString, z.ZodNumber]> : typeof request;
/** An optional field accepts null as "missing". */
type Shape = { [F in ProfileFieldName]: Fields[F]["required"] extends true ? ZodOf<Fields[F]> : z.ZodOptional<z.ZodNullable<ZodOf<Fields[F]>>> };

function zodOf(spec: FieldSpec): z.ZodType {
  switch (spec.kind) {
    case "boolean":
      return z.boolean();
    case "integer":
      return spec.max === undefined ? z.int().min(spec.min) : z.int().min(spec.min).max(spec.max);
    case "money":
      return z.number().min(spec.min);
    case "fraction":
      return z.number().min(spec.min).max(spec.max);
    case "id":
      return z.union([z.string(), z.number()]);
    case "request":
      return request;
  }
}

const entries = Object.entries(PROFILE_FIELDS) as [ProfileFieldName, FieldSpec][];

/** The zod shape of a profile, field by field from the list (built at run time, so typed by hand through Shape). */
export const PROFILE_SHAPE = Object.fromEntries(entries.map(([name, spec]) => [name, spec.required ? zodOf(spec) : zodOf(spec).nullish()])) as Shape;

/** The fields a profile may have, and those of its request. */
export const PROFILE_FIELD_NAMES: readonly ProfileFieldName[] = entries.map(([name]) => name);
export const REQUEST_FIELD_NAMES: readonly string[] = Object.keys(request.shape);
/** Fields that hold a yes or no: a rule compares them only for equality, and no bin can hold them. */
export const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(entries.filter(([, s]) => s.kind === "boolean").map(([name]) => name));
/** Fields (and request.terms) that must be whole numbers: messages say "an integer". */
export const INTEGER_PATHS: ReadonlySet<string> = new Set([...entries.filter(([, s]) => s.kind === "integer").map(([name]) => name), "request.terms"]);

const shownKey = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 37)}...` : key);

/** A known name within two edits of `typed` (case aside), if any. */
export function nearName(typed: string, known: readonly string[]): string | undefined {
  // Nothing typed is near everything short ("" is two edits from "id"): no suggestion.
  if (typed.length > 60 || typed === "") return undefined;
  const lower = typed.toLowerCase();
  // Two edits turn a three-letter name into another ("bad" → "id"): short names get one.
  const most = typed.length <= 3 ? 1 : 2;
  let best: { name: string; edits: number } | undefined;
  for (const k of known) {
    const edits = editDistance(k.toLowerCase(), lower, 2);
    if (edits <= most && (!best || edits < best.edits)) best = { name: k, edits };
  }
  return best?.name;
}

/** A field name as shown in warnings and errors (`"zhimascore"`), and a near known name when there is one. */
export function describeUnknownField(path: string, declared: readonly string[] = []): { readonly shown: string; readonly near?: string } {
  const [first, second] = path.startsWith("request.") ? ["request.", path.slice(8)] : ["", path];
  const known = first ? REQUEST_FIELD_NAMES : declared.length ? [...PROFILE_FIELD_NAMES, ...declared] : PROFILE_FIELD_NAMES;
  const near = nearName(second, known);
  return near === undefined ? { shown: shownKey(path) } : { shown: shownKey(path), near: `${first}${near}` };
}

/** The record's keys the schema does not know (top level and in request), as paths; `declared`: the names a policy declares. */
export function unknownFields(record: unknown, declared: readonly string[] = []): string[] {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return [];
  const out: string[] = [];
  for (const key of Object.keys(record)) if (!(PROFILE_FIELD_NAMES as readonly string[]).includes(key) && !declared.includes(key)) out.push(key);
  const request = (record as { request?: unknown }).request;
  if (typeof request === "object" && request !== null && !Array.isArray(request)) {
    for (const key of Object.keys(request)) if (!REQUEST_FIELD_NAMES.includes(key)) out.push(`request.${key}`);
  }
  return out;
}
