import { DERIVED_RULE_FIELDS, PROFILE_FIELDS, RULE_FIELDS } from "../engine/simulate/profileFields.js";
import type { PolicyJson } from "./schemas.js";

// The checks of a policy's declared fields (`fields`, `requiredFields`) and of
// the rules and bins that read them: what the schema cannot see, as it checks
// each rule apart from the declarations.

/** One problem found: where, and what (policyChecks.ts's Finding, which imports these checks). */
interface Finding {
  readonly path: string;
  readonly message: string;
}

/** What a rule field holds: a built-in boolean, any other built-in (or dsr) a number, a declared field its type. */
export type FieldType = "number" | "category" | "boolean";

const BUILT_IN_TYPES: ReadonlyMap<string, FieldType> = new Map(
  RULE_FIELDS.map((f) => [f, (PROFILE_FIELDS as Readonly<Record<string, { kind: string }>>)[f]?.kind === "boolean" ? "boolean" : "number"]),
);

/** The type of every field a rule of `p` may read: the built-in rule fields, then the declared ones. */
export function ruleFieldTypes(p: Pick<PolicyJson, "fields">): Map<string, FieldType> {
  const types = new Map(BUILT_IN_TYPES);
  for (const f of p.fields ?? []) if (!types.has(f.name)) types.set(f.name, f.type);
  return types;
}

const shownNames = RULE_FIELDS.map((f) => JSON.stringify(f)).join(", ");
const unknownRuleField = (field: string) => `expected one of ${shownNames} or a field declared in "fields", got ${JSON.stringify(field.length > 60 ? field.slice(0, 60) : field)}`;

function declarationProblems(p: PolicyJson, out: Finding[]): void {
  const seen = new Map<string, number>();
  const builtIn = new Set<string>([...Object.keys(PROFILE_FIELDS), ...DERIVED_RULE_FIELDS]);
  for (const [i, f] of (p.fields ?? []).entries()) {
    const first = seen.get(f.name);
    if (first !== undefined) out.push({ path: `fields[${i}].name`, message: `field ${JSON.stringify(f.name)} is declared twice (also fields[${first}])` });
    else seen.set(f.name, i);
    // A key every object has would be read from Object.prototype in a record that lacks it.
    if (f.name in Object.prototype) out.push({ path: `fields[${i}].name`, message: `${JSON.stringify(f.name)} is a name every JavaScript object has: choose another` });
    if (builtIn.has(f.name)) out.push({ path: `fields[${i}].name`, message: `${JSON.stringify(f.name)} is a built-in field: declare only fields the built-in list lacks` });
    if (f.type === "number" && f.min !== undefined && f.max !== undefined && f.min > f.max) out.push({ path: `fields[${i}].min`, message: `${f.min} is above max ${f.max}: no value could pass` });
    if (f.type === "category" && f.levels !== undefined && f.levels.length === 0) out.push({ path: `fields[${i}].levels`, message: "is empty: list the category's levels, or leave levels out for any text" });
  }
  for (const [i, name] of (p.requiredFields ?? []).entries()) {
    if (!Object.hasOwn(PROFILE_FIELDS, name) && !seen.has(name)) out.push({ path: `requiredFields[${i}]`, message: `unknown field ${JSON.stringify(name)}: a built-in field or one declared in "fields"` });
  }
}

const LEVEL_TYPE: Readonly<Record<FieldType, string>> = { number: "number", category: "string", boolean: "boolean" };
const A_LEVEL: Readonly<Record<FieldType, string>> = { number: "a number", category: "a string", boolean: "a boolean" };

/** Levels of the wrong type for the field, and (closed category) levels it does not have. */
function levelProblems(levels: readonly unknown[], field: string, type: FieldType, closed: readonly string[] | undefined, path: string, out: Finding[]): void {
  const wrong = levels.find((l) => typeof l !== LEVEL_TYPE[type]);
  if (wrong !== undefined) out.push({ path, message: `expected ${A_LEVEL[type]} for each level of field ${field}, got ${JSON.stringify(wrong)}` });
  const unknown = closed && levels.find((l) => typeof l === "string" && !closed.includes(l));
  if (unknown) out.push({ path, message: `${JSON.stringify(unknown)} is not one of field ${field}'s levels (${closed.map((l) => JSON.stringify(l)).join(", ")})` });
}

function closedLevels(p: PolicyJson, field: string): readonly string[] | undefined {
  const f = p.fields?.find((d) => d.name === field);
  return f?.type === "category" ? f.levels : undefined;
}

/** Rules on undeclared fields, and rules whose op or values do not fit the field's type (built-in booleans stay in policyChecks.ts). */
function knockoutProblems(p: PolicyJson, types: Map<string, FieldType>, out: Finding[]): void {
  for (const [i, k] of p.knockouts.entries()) {
    const type = types.get(k.field);
    if (type === undefined) {
      out.push({ path: `knockouts[${i}].field`, message: unknownRuleField(k.field) });
      continue;
    }
    if (k.op === "in") {
      if (type === "boolean") out.push({ path: `knockouts[${i}].op`, message: `field ${k.field} is a boolean, so only "eq" applies` });
      else if (!k.levels?.length) out.push({ path: `knockouts[${i}].levels`, message: `op "in" needs at least one level` });
      else levelProblems(k.levels, k.field, type, closedLevels(p, k.field), `knockouts[${i}].levels`, out);
    } else if (k.levels !== undefined) out.push({ path: `knockouts[${i}].levels`, message: `applies only to op "in"` });
    if (type !== "category") continue;
    if (k.op !== "eq" && k.op !== "in") out.push({ path: `knockouts[${i}].op`, message: `field ${k.field} is a category, so only "eq" and "in" apply` });
    else if (k.op === "eq" && typeof k.value !== "string") out.push({ path: `knockouts[${i}].value`, message: `expected a string for field ${k.field}, got ${JSON.stringify(k.value)}` });
    else if (k.op === "eq") levelProblems([k.value], k.field, type, closedLevels(p, k.field), `knockouts[${i}].value`, out);
  }
}

/** Characteristics on undeclared fields; range bins where only set bins apply; set-bin levels that do not fit. */
function characteristicProblems(p: PolicyJson, types: Map<string, FieldType>, out: Finding[]): void {
  for (const [i, c] of p.scorecard.characteristics.entries()) {
    const type = types.get(c.field);
    if (type === undefined) {
      out.push({ path: `scorecard.characteristics[${i}].field`, message: unknownRuleField(c.field) });
      continue;
    }
    for (const [j, b] of c.bins.entries()) {
      const path = `scorecard.characteristics[${i}].bins[${j}]`;
      if (b.levels !== undefined && (b.min !== undefined || b.max !== undefined)) out.push({ path, message: "a bin has levels or a range (min, max), not both" });
      else if (b.levels !== undefined) levelProblems(b.levels, c.field, type, closedLevels(p, c.field), `${path}.levels`, out);
      else if (type === "category") out.push({ path, message: `field ${c.field} is a category: its bins list levels ({"levels": [...], "points": n}), not a range` });
      else if (type === "boolean") out.push({ path, message: `field ${c.field} is a boolean: its bins list levels ({"levels": [true], "points": n}), not a range` });
    }
  }
}

/** Every problem of the declarations and of the rules on declared fields. */
export function fieldErrors(p: PolicyJson): Finding[] {
  const out: Finding[] = [];
  const types = ruleFieldTypes(p);
  declarationProblems(p, out);
  knockoutProblems(p, types, out);
  characteristicProblems(p, types, out);
  return out;
}
