import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// policy lint checks a policy's declared fields and the rules that read them:
// one line each, as it lists schema errors.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const own = readFileSync(new URL("../../examples/policies/own-fields.json", import.meta.url), "utf8");
const write = tempWriter("suishendai-lintfields-");
const variant = (name: string, edit: (p: Json) => void) => {
  const p = JSON.parse(own) as Json;
  edit(p);
  return write(name, JSON.stringify(p, null, 2));
};
const text = { zh: "x", en: "x" };
const errors = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error: "));

describe("policy lint: declared fields", () => {
  it("the example own-fields policy has no error", async () => {
    const r = await runCli(["policy", "lint", "examples/policies/own-fields.json"]);
    expect([r.code, errors(r.stderr)]).toEqual([0, []]);
  });

  it("every mistake of a declaration or of a rule on one is its own line naming its path; exit 1", async () => {
    const file = variant("bad.json", (p) => {
      p.fields.push(
        { name: "channel", type: "category" },
        { name: "zhimaScore", type: "number" },
        { name: "score2", type: "number", min: 5, max: 1 },
        { name: "region", type: "category", levels: [] },
        { name: "tier", type: "category", levels: ["gold", "silver"] },
        { name: "hasCar", type: "boolean" },
      );
      p.requiredFields = ["age", "colour"];
      p.knockouts.push(
        { code: "KO31", field: "hasCar", op: "in", levels: [true], decision: "declined", text },
        { code: "KO32", field: "queries6m", op: "in", levels: ["3"], decision: "declined", text },
        { code: "KO33", field: "channel", op: "gt", value: 3, decision: "declined", text },
        { code: "KO34", field: "shoeSize", op: "eq", value: 1, decision: "declined", text },
      );
      p.scorecard.characteristics.push(
        { id: "C21", field: "channel", missing: 0, reason: text, bins: [{ min: 0, max: 3, points: 1 }] },
        { id: "C22", field: "tier", missing: 0, reason: text, bins: [{ levels: ["gold", "bronze"], points: 1 }, { levels: [1], points: 0 }] },
        { id: "C23", field: "carColour", missing: 0, reason: text, bins: [{ points: 0 }] },
      );
    });
    const r = await runCli(["policy", "lint", file]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    const at = `error: policy ${file}: `;
    const unknown = (name: string) => expect.stringMatching(new RegExp(`^expected one of "invited", .*"dsr" or a field declared in "fields", got "${name}"$`));
    expect(errors(r.stderr).map((l) => l.slice(at.length))).toEqual([
      'fields[2].name: field "channel" is declared twice (also fields[1])',
      'fields[3].name: "zhimaScore" is a built-in field: declare only fields the built-in list lacks',
      "fields[4].min: 5 is above max 1: no value could pass",
      "fields[5].levels: is empty: list the category's levels, or leave levels out for any text",
      'requiredFields[1]: unknown field "colour": a built-in field or one declared in "fields"',
      'knockouts[15].op: field hasCar is a boolean, so only "eq" applies',
      'knockouts[16].levels: expected a number for each level of field queries6m, got "3"',
      'knockouts[17].op: field channel is a category, so only "eq" and "in" apply',
      expect.stringMatching(/^knockouts\[18\]\.field: /),
      'scorecard.characteristics[12].bins[0]: field channel is a category: its bins list levels ({"levels": [...], "points": n}), not a range',
      `scorecard.characteristics[13].bins[0].levels: "bronze" is not one of field tier's levels ("gold", "silver")`,
      "scorecard.characteristics[13].bins[1].levels: expected a string for each level of field tier, got 1",
      expect.stringMatching(/^scorecard\.characteristics\[14\]\.field: /),
    ]);
    expect(errors(r.stderr)[8]?.slice(at.length + "knockouts[18].field: ".length)).toEqual(unknown("shoeSize"));
    expect(errors(r.stderr)[12]?.slice(at.length + "scorecard.characteristics[14].field: ".length)).toEqual(unknown("carColour"));
    expect(r.stderr).toMatch(/: 13 error\(s\), \d+ warning\(s\)\n$/);
  });

  it("a reserved name, a name every object has, a bin with levels and a range", async () => {
    const file = variant("names.json", (p) => {
      p.fields.push({ name: "__proto__", type: "number" }, { name: "toString", type: "boolean" });
      p.scorecard.characteristics[10].bins[0].min = 0;
    });
    const r = await runCli(["policy", "lint", file]);
    expect(r.code).toBe(1);
    // The reserved name is the schema's error; the others wait for a policy that parses.
    expect(errors(r.stderr)[0]).toBe(`error: policy ${file}: fields[2].name: must be a name other than __proto__, constructor, prototype (JavaScript reserves them), got "__proto__"`);
    const fixed = variant("names2.json", (p) => {
      p.fields.push({ name: "toString", type: "boolean" });
      p.scorecard.characteristics[10].bins[0].min = 0;
    });
    const r2 = await runCli(["policy", "lint", fixed]);
    expect(errors(r2.stderr)).toEqual([
      `error: policy ${fixed}: fields[2].name: "toString" is a name every JavaScript object has: choose another`,
      `error: policy ${fixed}: scorecard.characteristics[10].bins[0]: a bin has levels or a range (min, max), not both`,
    ]);
  });

  it("simulate refuses such a policy: exit 2, one line naming the path", async () => {
    const file = variant("in-bool.json", (p) => p.knockouts.push({ code: "KO31", field: "invited", op: "in", levels: [true], decision: "declined", text }));
    const r = await runCli(["simulate", "examples/profiles/typical.json", "--policy", file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: policy ${file}: knockouts[15].op: field invited is a boolean, so only "eq" applies\n`]);
  });
});

describe("policy diff matches declared fields by name", () => {
  it("a changed bound and an added field, one line each", async () => {
    const file = variant("diff.json", (p) => {
      p.fields[0].max = 50;
      p.fields.unshift({ name: "hasCar", type: "boolean" });
    });
    const r = await runCli(["policy", "diff", "examples/policies/own-fields.json", file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").filter((l) => l.includes("fields."))).toEqual(["  fields.queries6m.max: 99 → 50", '+ fields.hasCar: {"name":"hasCar","type":"boolean"}']);
  });
});
