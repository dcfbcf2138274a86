import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROFILE_FIELDS, RULE_FIELDS, type FieldSpec } from "../../src/engine/simulate/profileFields.js";
import { ruleValue } from "../../src/engine/simulate/ruleValue.js";
import { jsonSchemas } from "../../src/policy/jsonSchemas.js";
import { policyFromJson } from "../../src/policy/loadPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { ProfileSchema } from "../../src/policy/schemas.js";

// The profile's fields are written once (src/engine/simulate/profileFields.ts); everything else
// that names them — the zod schema, the rule fields, the published JSON Schemas, docs/policy.md —
// must agree with that list, so adding or renaming a field cannot leave a copy behind.

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const specs = Object.entries(PROFILE_FIELDS) as [string, FieldSpec][];
const names = specs.map(([name]) => name);
const required = specs.filter(([, s]) => s.required).map(([name]) => name);
// Rules read the profile's own fields, plus the debt-service ratio the engine derives.
const ruleNames = [...specs.filter(([, s]) => s.rules).map(([name]) => name), "dsr"];

interface JsonSchema {
  properties: Record<string, { type?: string | string[]; minimum?: number; maximum?: number; anyOf?: JsonSchema["properties"][string][] }>;
  required: string[];
}
// A valid value of each kind, from the kind's own bounds.
function sample(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case "boolean":
      return true;
    case "integer":
    case "money":
    case "fraction":
      return spec.min + 1 <= ("max" in spec && spec.max !== undefined ? spec.max : Infinity) ? spec.min + 1 : spec.min;
    case "id":
      return "x";
    case "request":
      return { amount: 5000, terms: 3 };
  }
}
const defaultPolicyJson = JSON.parse(read("src/policy/default-policy.json"));

const profileSchemaFile = JSON.parse(read("schema/profile.schema.json")) as JsonSchema;
const policySchemaFile = JSON.parse(read("schema/policy.schema.json"));

describe("the list of profile fields is the one list", () => {
  it("the zod ProfileSchema has exactly its fields, in its order, and requires exactly its required ones", () => {
    expect(Object.keys(ProfileSchema.shape)).toEqual(names);
    const parsed = ProfileSchema.safeParse({});
    const missing = parsed.error?.issues.filter((i) => i.code === "invalid_type").map((i) => String(i.path[0]));
    expect(missing).toEqual(required);
  });

  it("RULE_FIELDS are its rule-readable fields plus dsr, and the policy schema offers exactly those (or a declared field's name)", () => {
    expect([...RULE_FIELDS]).toEqual(ruleNames);
    expect(policySchemaFile.properties.knockouts.items.properties.field.anyOf[0].enum).toEqual(ruleNames);
    expect(policySchemaFile.properties.scorecard.properties.characteristics.items.properties.field.anyOf[0].enum).toEqual(ruleNames);
  });

  it("schema/profile.schema.json has its fields, its required ones and its bounds", () => {
    expect(Object.keys(profileSchemaFile.properties)).toEqual(names);
    expect(profileSchemaFile.required).toEqual(required);
    for (const [name, spec] of specs) {
      const property = profileSchemaFile.properties[name] ?? {};
      const numeric = (property.anyOf ?? [property]).find((p) => p.type === "integer" || p.type === "number");
      if (spec.kind === "integer") expect([numeric?.type, numeric?.minimum], name).toEqual(["integer", spec.min]);
      if (spec.kind === "money" || spec.kind === "fraction") expect([numeric?.type, numeric?.minimum], name).toEqual(["number", spec.min]);
      if ("max" in spec && spec.max !== undefined) expect(numeric?.maximum, name).toBe(spec.max);
    }
  });

  it("schema/ holds what `npm run schemas` writes from the code today", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) expect(read(`schema/${name}.schema.json`), name).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it("docs/policy.md's profile section names exactly its fields, and the required ones as required", () => {
    const doc = read("docs/policy.md");
    const section = doc.slice(doc.indexOf("## The profile"), doc.indexOf("\n## ", doc.indexOf("## The profile") + 1));
    const mentioned = new Set([...section.matchAll(/`([a-z][A-Za-z0-9]*)`/g)].map((m) => m[1] as string));
    for (const name of names) expect(mentioned.has(name), name).toBe(true);
    // besides the fields: the derived dsr, and the words null and missing
    expect([...mentioned].filter((m) => !names.includes(m)).sort()).toEqual(["dsr", "missing", "null"]);
    const requiredSentence = /Required: ([^.]*)\./.exec(section)?.[1] ?? "";
    expect([...requiredSentence.matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1])).toEqual(required);
  });

  it("toProfile keeps every field of a profile that has them all, and a rule can read each rule field", () => {
    const profile = toProfile(Object.fromEntries(specs.map(([name, spec]) => [name, sample(spec)])));
    expect(Object.keys(profile)).toEqual(names);
    // dsr = existingMonthlyDebt ÷ monthlyIncome = 1 ÷ 1 with the samples above
    for (const field of ruleNames) expect(ruleValue(profile, field), field).toBeDefined();
    for (const field of names.filter((n) => !ruleNames.includes(n))) expect(ruleValue(profile, field), field).toBeUndefined();
  });

  it("a policy may compare exactly the boolean fields only for equality", () => {
    for (const [name, spec] of specs.filter(([, s]) => s.rules)) {
      const json = structuredClone(defaultPolicyJson);
      json.knockouts = [{ code: "K", field: name, op: "lt", value: 1, decision: "declined", text: { zh: "", en: "" } }];
      const accepts = (() => {
        try {
          return Boolean(policyFromJson(json, "(test)"));
        } catch {
          return false;
        }
      })();
      expect(accepts, name).toBe(spec.kind !== "boolean");
    }
  });
});
