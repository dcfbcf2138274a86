import { describe, expect, it } from "vitest";
import { ownDataBase } from "../../../src/app/scorecard/ownDataPolicy.js";
import { defaultPolicy } from "../../../src/policy/defaultPolicy.js";

const fields = [
  { name: "queries6m", type: "number", source: "inferred", present: 10, distinct: 5 },
  { name: "channel", type: "category", source: "inferred", present: 10, distinct: 4 },
  { name: "age", type: "number", source: "built-in", present: 10, distinct: 8 },
] as const;

describe("the base policy of a fit on own data", () => {
  const base = defaultPolicy().json;

  it("without --policy: the built-in's scaling, cut-off, bands, pricing, economics and reasons; no knock-outs or required fields; missing money ignored", () => {
    const p = ownDataBase(base, fields, { builtIn: true, name: "data.csv" }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(p.name).toBe("data.csv");
    expect(p.knockouts).toEqual([]);
    expect(p.requiredFields).toEqual([]);
    expect(p.limit).toEqual({ ...base.limit, missingMoney: "ignore" });
    for (const key of ["cutoff", "bands", "pricing", "economics", "request"] as const) expect(p[key]).toEqual(base[key]);
    expect(p.scorecard.scaling).toEqual(base.scorecard.scaling);
    expect(p.scorecard.reasons).toEqual(base.scorecard.reasons);
    // Only fields that are not built-in are declared: open, missing allowed.
    expect(p.fields).toEqual([
      { name: "queries6m", type: "number", missing: true },
      { name: "channel", type: "category", missing: true },
    ]);
    expect(p.scorecard.characteristics.map((c: { id: string; field: string; reason: unknown }) => [c.id, c.field, c.reason])).toEqual([
      ["C01", "queries6m", { code: "R01", zh: "queries6m 的取值风险较高", en: "queries6m: a value with higher risk" }],
      ["C02", "channel", { code: "R02", zh: "channel 的取值风险较高", en: "channel: a value with higher risk" }],
      ["C03", "age", { code: "R03", zh: "age 的取值风险较高", en: "age: a value with higher risk" }],
    ]);
  });

  it("with --policy: that policy, its characteristics replaced and the undeclared fields declared beside its own", () => {
    const mine = { ...base, name: "team policy", fields: [{ name: "score2", type: "number" as const, missing: false }] };
    const p = ownDataBase(mine, fields, { builtIn: false, name: "data.csv" }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(p.name).toBe("team policy");
    expect(p.knockouts).toEqual(base.knockouts);
    expect(p.fields.map((f: { name: string }) => f.name)).toEqual(["score2", "queries6m", "channel"]);
    expect(p.scorecard.characteristics).toHaveLength(3);
  });
});
