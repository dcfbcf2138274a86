import { z } from "zod";
import { PROFILE_FIELDS, type FieldSpec } from "../engine/simulate/profileFields.js";
import type { DeclaredField, ProfileDeclarations } from "../engine/simulate/types.js";
import { INTEGER_PATHS, PROFILE_SHAPE } from "./profileFields.js";

// What a record must be under a policy's declarations: the built-in fields
// (required as the policy's requiredFields say, or as the list says) and the
// declared ones. Both toProfile paths (zod and fastProfile) read this plan, so
// they agree; one plan per declarations object, built on first use.

/** A declared field with whether every record must have it. */
export type PlannedField = DeclaredField & { readonly required: boolean };

export interface ProfilePlan {
  /** The built-in fields, each with whether this policy requires it. */
  readonly builtIn: readonly (readonly [name: string, spec: FieldSpec, required: boolean])[];
  readonly declared: readonly PlannedField[];
  /** Every field name a record may have (built-in first). */
  readonly names: readonly string[];
  /** Paths whose messages say "an integer". */
  readonly integers: ReadonlySet<string>;
  /** The zod schema of a record (built when a record first needs it). */
  schema(): z.ZodType<Record<string, unknown>>;
}

const quoted = (levels: readonly string[]) => levels.map((l) => JSON.stringify(l)).join(", ");

/** A category level: text; a JSON number is taken as its decimal text (7 → "7"). */
function categoryZod(levels: readonly string[] | undefined): z.ZodType {
  const rule = `must be text (a category${levels ? ` level: one of ${quoted(levels)}` : ""})`;
  // Absent stays zod's own "required" issue; any other type gets the rule.
  const text = z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string({ error: (issue) => (issue.input === undefined ? undefined : rule) }));
  return levels ? text.refine((v) => levels.includes(v), `must be one of ${quoted(levels)}`) : text;
}

/** The schema of one declared field's value (a record's, or a `--set`'s). */
export function declaredZod(f: DeclaredField): z.ZodType {
  switch (f.type) {
    case "boolean":
      return z.boolean();
    case "category":
      return categoryZod(f.levels);
    case "number": {
      let n = f.integer ? z.int() : z.number();
      if (f.min !== undefined) n = n.min(f.min);
      if (f.max !== undefined) n = n.max(f.max);
      return n;
    }
  }
}

function buildPlan(decl: ProfileDeclarations | undefined): ProfilePlan {
  const required = decl?.requiredFields;
  const builtIn = (Object.entries(PROFILE_FIELDS) as [string, FieldSpec][]).map(([name, spec]) => [name, spec, required ? required.includes(name) : spec.required] as const);
  const declared = (decl?.fields ?? []).map((f) => ({ ...f, required: !f.missing || (required?.includes(f.name) ?? false) }));
  const integers = new Set([...INTEGER_PATHS, ...declared.filter((f) => f.type === "number" && f.integer).map((f) => f.name)]);
  let schema: z.ZodType<Record<string, unknown>> | undefined;
  const shape = () => {
    const own: Record<string, z.ZodType> = { ...(PROFILE_SHAPE as unknown as Record<string, z.ZodType>) };
    // A built-in whose requirement the policy changed: its plain schema, nullish when optional.
    for (const [name, spec, must] of builtIn) if (must !== spec.required) own[name] = must ? (own[name] as z.ZodOptional<z.ZodNullable<z.ZodType>>).unwrap().unwrap() : (own[name] as z.ZodType).nullish();
    for (const f of declared) own[f.name] = f.required ? declaredZod(f) : declaredZod(f).nullish();
    return own;
  };
  return {
    builtIn,
    declared,
    names: [...builtIn.map(([name]) => name), ...declared.map((f) => f.name)],
    integers,
    schema: () => (schema ??= z.object(shape()) as unknown as z.ZodType<Record<string, unknown>>),
  };
}

const DEFAULT_PLAN = buildPlan(undefined);
const plans = new WeakMap<ProfileDeclarations, ProfilePlan>();

/** The plan of these declarations (a policy: its fields and requiredFields); the built-in list's without any. */
export function profilePlan(decl?: ProfileDeclarations): ProfilePlan {
  if (!decl || (decl.fields === undefined && decl.requiredFields === undefined)) return DEFAULT_PLAN;
  let plan = plans.get(decl);
  if (!plan) plans.set(decl, (plan = buildPlan(decl)));
  return plan;
}
