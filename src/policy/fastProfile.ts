import { Decimal } from "../engine/decimal.js";
import { PRODUCTS } from "../engine/products.js";
import type { FieldSpec } from "../engine/simulate/profileFields.js";
import type { Profile, ProfileDeclarations } from "../engine/simulate/types.js";
import { profilePlan, type PlannedField } from "./profilePlan.js";

// The common, well-formed record without zod: a batch validates a million of
// them, and zod's walk was a tenth of simulate's time. It accepts only what
// ProfileSchema accepts and builds the profile toProfile builds from zod's
// output; anything else (a wrong type, a bound crossed, text amounts, an
// unusual object) returns undefined and goes the zod way, so every error
// message is zod's. test/policy/fastProfile.test.ts checks the two agree.

const { min: AMOUNT_MIN, max: AMOUNT_MAX } = PRODUCTS.suishendai.amount;
const [amountMin, amountMax] = [AMOUNT_MIN.toNumber(), AMOUNT_MAX.toNumber()];
const TERMS_MAX = PRODUCTS.none.terms.max;

/** A plain object as JSON.parse makes it: what zod's object check passes without a question. */
function plainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The value as zod's schema for `spec` would pass it, or NO for anything the schema might refuse. */
const NO = Symbol("no");
function fieldValue(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case "boolean":
      return typeof value === "boolean" ? value : NO;
    case "integer":
      return Number.isSafeInteger(value) && (value as number) >= spec.min && (spec.max === undefined || (value as number) <= spec.max) ? value : NO;
    case "money":
      return typeof value === "number" && Number.isFinite(value) && value >= spec.min ? value : NO;
    case "fraction":
      return typeof value === "number" && Number.isFinite(value) && value >= spec.min && value <= spec.max ? value : NO;
    case "id":
      return typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) ? value : NO;
    case "request":
      return requestOf(value);
  }
}

/** A request with a number amount in range, at most 2 decimals, and whole terms: as toProfile makes it. */
function requestOf(value: unknown): unknown {
  if (!plainObject(value)) return NO;
  const { amount, terms } = value;
  if (typeof amount !== "number" || !(amount >= amountMin && amount <= amountMax)) return NO;
  if (!Number.isSafeInteger(terms) || (terms as number) < 1 || (terms as number) > TERMS_MAX) return NO;
  const exact = new Decimal(String(amount));
  return exact.decimalPlaces() <= 2 ? { amount: exact, terms } : NO;
}

/** A declared field's value as profilePlan's schema would pass it (a category's JSON number as its text), or NO. */
function declaredValue(f: PlannedField, value: unknown): unknown {
  switch (f.type) {
    case "boolean":
      return typeof value === "boolean" ? value : NO;
    case "category": {
      const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
      return text !== undefined && (f.levels === undefined || f.levels.includes(text)) ? text : NO;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value) || (f.integer && !Number.isSafeInteger(value))) return NO;
      return (f.min === undefined || value >= f.min) && (f.max === undefined || value <= f.max) ? value : NO;
  }
}

/** The profile of a record the schema surely accepts, or undefined: then zod decides (and words any error). */
export function fastProfile(data: unknown, declarations?: ProfileDeclarations): Profile | undefined {
  if (!plainObject(data)) return undefined;
  const plan = profilePlan(declarations);
  const profile: Record<string, unknown> = {};
  for (const [name, spec, required] of plan.builtIn) {
    const value = data[name];
    if (value === undefined || value === null) {
      if (required) return undefined;
      continue;
    }
    const checked = fieldValue(spec, value);
    if (checked === NO) return undefined;
    profile[name] = checked;
  }
  for (const f of plan.declared) {
    const value = data[f.name];
    if (value === undefined || value === null) {
      if (f.required) return undefined;
      continue;
    }
    const checked = declaredValue(f, value);
    if (checked === NO) return undefined;
    profile[f.name] = checked;
  }
  return profile as unknown as Profile;
}
